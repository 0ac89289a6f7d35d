cmake_minimum_required(VERSION 3.16)
project(jekyllpp LANGUAGES CXX)

#[[ A bracket comment
    over two lines ]]
set(CMAKE_CXX_STANDARD 17)
option(WITH_TESTS "Build the tests" ON)
set(SOURCES [==[src/main.cpp]==] "src/${NAME}.cpp" "quoted \"escape\" \n")

# Each library
foreach(lib IN ITEMS core site)
  add_library(${lib} STATIC ${SOURCES_${lib}})
  target_link_libraries(${lib} PRIVATE pcre2-8)
endforeach()

if(WITH_TESTS AND NOT CMAKE_CROSSCOMPILING)
  enable_testing()
  my_custom_command(ARGS --flag)
endif()
