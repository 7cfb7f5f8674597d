# The tests' own PostgreSQL server, shared by the tests and the benchmarks (each may be built
# without the other). Qt Sql and POSIX only, no GoogleTest.
if(NOT TARGET nianbao_test_postgres)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Sql)
    add_library(nianbao_test_postgres STATIC
                "${PROJECT_SOURCE_DIR}/tests/support/postgresserver.cpp"
                "${PROJECT_SOURCE_DIR}/tests/support/postgresserver.h")
    target_link_libraries(nianbao_test_postgres PUBLIC Qt6::Sql PRIVATE nianbao_compile_options)
    target_include_directories(nianbao_test_postgres PUBLIC "${PROJECT_SOURCE_DIR}")
endif()
