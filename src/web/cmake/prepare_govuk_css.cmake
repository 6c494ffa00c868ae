# Copies GOV.UK Frontend's compiled CSS for embedding, minus what belongs to GOV.UK alone: the @font-face rules of the
# GDS Transport font (whose files we never ship) are dropped and its family name is replaced by a system font stack.
# Run as: cmake -DINPUT=<govuk-frontend.min.css> -DOUTPUT=<file> -P prepare_govuk_css.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT EXISTS "${INPUT}")
  message(FATAL_ERROR "GOV.UK Frontend's CSS is missing (${INPUT}): run scripts/setup, which runs `npm ci`.")
endif()
file(READ "${INPUT}" css)
string(REGEX REPLACE "@font-face{[^}]*}" "" css "${css}")
string(REPLACE "GDS Transport,arial,sans-serif"
  "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif" css "${css}")
string(REPLACE "font-family:GDS Transport" "font-family:system-ui,sans-serif" css "${css}")
string(FIND "${css}" "GDS Transport" left)
if(NOT left EQUAL -1)
  message(FATAL_ERROR "prepare_govuk_css.cmake: a reference to the GDS Transport font is left in ${INPUT}")
endif()
file(WRITE "${OUTPUT}" "${css}")
