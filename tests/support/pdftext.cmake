# The report-as-PDF-text generator, shared by the import tests and the benchmarks (each may
# be built without the other).
if(NOT TARGET nianbao_test_pdftext)
    add_library(nianbao_test_pdftext STATIC "${PROJECT_SOURCE_DIR}/tests/support/pdftext.cpp"
                                            "${PROJECT_SOURCE_DIR}/tests/support/pdftext.h")
    target_link_libraries(nianbao_test_pdftext PUBLIC nianbao_import
                          PRIVATE nianbao_compile_options)
    target_include_directories(nianbao_test_pdftext PUBLIC "${PROJECT_SOURCE_DIR}")
endif()
