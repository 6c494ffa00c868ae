# The import service of the papers room (import_service.h): stores a ParsedFile through the store. Included at the
# end of the room's CMakeLists.txt, after br_papers and papers_test exist; adds the source, the store dependency
# and the unit tests (which run against an in-memory SQLite store).
target_sources(br_papers PRIVATE import_service.cc)
target_link_libraries(br_papers PUBLIC br_store)
if(TARGET papers_test)
  target_sources(papers_test PRIVATE import_service_test.cc)
  target_link_libraries(papers_test PRIVATE br_store_sqlite)
endif()
