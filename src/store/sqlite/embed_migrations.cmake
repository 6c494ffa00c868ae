# Writes OUTPUT, a C++ source holding every migration file in MIGRATIONS (a ;-list of paths, applied in the order
# of their numeric prefix) as a raw string literal. Run at build time by add_custom_command in CMakeLists.txt.
set(entries "")
list(SORT MIGRATIONS)
foreach(path IN LISTS MIGRATIONS)
  get_filename_component(name "${path}" NAME)
  string(REGEX MATCH "^[0-9]+" number "${name}")
  if(number STREQUAL "")
    message(FATAL_ERROR "migration ${name} does not start with its number")
  endif()
  math(EXPR number "${number}")
  file(READ "${path}" sql)
  string(FIND "${sql}" ")br_sql\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "migration ${name} contains the literal delimiter )br_sql\"")
  endif()
  string(APPEND entries "    {${number}, \"${name}\", R\"br_sql(${sql})br_sql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from src/store/sqlite/migrations/ by embed_migrations.cmake. Do not edit.
#include \"store/sqlite/migrations.h\"

namespace boardroom::store::sqlite {

std::span<const EmbeddedMigration> EmbeddedMigrations() {
  static constexpr EmbeddedMigration kMigrations[] = {
${entries}  };
  return kMigrations;
}

}  // namespace boardroom::store::sqlite
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
