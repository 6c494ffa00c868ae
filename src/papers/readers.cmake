# The PDF and DOCX readers and the format sniffer of the papers room, kept in their own list so that the room's
# CMakeLists.txt only has to include this file and append these variables to its br_library and br_test calls.
set(BR_PAPERS_READER_SOURCES pdf_reader.cc docx_reader.cc reader.cc)
set(BR_PAPERS_READER_LIBS PkgConfig::POPPLER_CPP PkgConfig::LIBZIP PkgConfig::LIBXML2 PkgConfig::SODIUM)
# fontconfig: the test writers draw text through it (its caches are named in tests/lsan.supp).
if(NOT TARGET PkgConfig::BR_FONTCONFIG)
  pkg_check_modules(BR_FONTCONFIG REQUIRED IMPORTED_TARGET GLOBAL fontconfig)
endif()
# Test sources; sample_writers.cc renders PDFs (pango/cairo), encrypts them (qpdf) and zips DOCX files for the tests.
set(BR_PAPERS_READER_TESTS pdf_reader_test.cc docx_reader_test.cc reader_test.cc action_log_test.cc contacts_test.cc sample_writers.cc)
set(BR_PAPERS_READER_TEST_LIBS PkgConfig::PANGOCAIRO PkgConfig::BR_FONTCONFIG PkgConfig::QPDF PkgConfig::LIBZIP)
