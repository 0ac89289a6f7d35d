# Links the libraries jekyllpp uses from their static archives (where the system has them)
# instead of their shared objects: calls into cmark-gfm and the allocator go direct instead of
# through the PLT (cmark-gfm's own calls between its exported functions included), and the
# dynamic linker has 17 libraries less to map and relocate at each start. Measured 2026-12-03:
# 1.0% fewer instructions on a 1,000-post build, 10% less CPU on a 100-post one
# (bench/README.md, "Build"). ICU stays shared (its archive holds 30 MB of data).
#
# Include after the find_package / pkg_check_modules calls of the top CMakeLists.txt.
# Libraries named without a target (cmark-gfm-extensions, pcre2-8, yaml) become imported
# targets of the same names, so the areas' CMakeLists link them unchanged.

# The archive lib<name>.a beside the shared libraries, or "" when the system has none.
function(jekyllpp_find_archive out name)
  find_library(JEKYLLPP_ARCHIVE_${name} NAMES lib${name}.a)
  if(JEKYLLPP_ARCHIVE_${name})
    set(${out} ${JEKYLLPP_ARCHIVE_${name}} PARENT_SCOPE)
  else()
    message(STATUS "jekyllpp: no lib${name}.a, linking ${name} shared")
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

# A global imported target NAME for the archive of library NAME, with the libraries it needs.
function(jekyllpp_archive_target name)
  jekyllpp_find_archive(archive ${name})
  if(archive)
    add_library(${name} STATIC IMPORTED GLOBAL)
    set_target_properties(${name} PROPERTIES IMPORTED_LOCATION ${archive} INTERFACE_LINK_LIBRARIES "${ARGN}")
  endif()
endfunction()

# Points the existing imported target TARGET at the archive of library NAME.
function(jekyllpp_archive_for target name)
  jekyllpp_find_archive(archive ${name})
  if(NOT archive)
    return()
  endif()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")  # pkg-config's targets list their files
    set_property(TARGET ${target} PROPERTY INTERFACE_LINK_LIBRARIES ${archive} ${ARGN})
    return()
  endif()
  get_target_property(configs ${target} IMPORTED_CONFIGURATIONS)
  set_property(TARGET ${target} PROPERTY IMPORTED_LOCATION ${archive})
  if(configs)
    foreach(config ${configs})
      set_property(TARGET ${target} PROPERTY IMPORTED_LOCATION_${config} ${archive})
    endforeach()
  endif()
  set_property(TARGET ${target} APPEND PROPERTY INTERFACE_LINK_LIBRARIES ${ARGN})
endfunction()

jekyllpp_archive_target(cmark-gfm-extensions PkgConfig::CMARK)
jekyllpp_archive_for(PkgConfig::CMARK cmark-gfm)
jekyllpp_archive_target(pcre2-8)
jekyllpp_archive_target(yaml)
jekyllpp_archive_for(yaml-cpp yaml-cpp)
jekyllpp_archive_for(PkgConfig::LIBSASS sass ${CMAKE_DL_LIBS})
if(TARGET PkgConfig::JEMALLOC)
  jekyllpp_archive_for(PkgConfig::JEMALLOC jemalloc Threads::Threads ${CMAKE_DL_LIBS} m)
endif()
