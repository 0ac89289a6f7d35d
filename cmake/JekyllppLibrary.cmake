# jekyllpp_library(NAME DIR [DEPS...]): a static library of every .cpp under DIR/src,
# public headers in DIR/include. Sources are globbed so that each area owns its own files;
# an area with no sources yet is a header-only (INTERFACE) library.
function(jekyllpp_library name dir)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/src/*.cpp)
  if(sources)
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${dir}/include PRIVATE ${dir}/src)
    target_link_libraries(${name} PUBLIC ${ARGN})
  else()
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE ${dir}/include)
    target_link_libraries(${name} INTERFACE ${ARGN})
  endif()
endfunction()

# jekyllpp_test(NAME SOURCES ... LIBS ...): a test executable registered with CTest. Test code
# reads conformance data from JEKYLLPP_SHARED_DIR (../shared beside the project) in place.
function(jekyllpp_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} Catch2::Catch2)
  target_compile_definitions(${name} PRIVATE
    JEKYLLPP_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    JEKYLLPP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
endfunction()
