set(FRONTLINE_I18N_SOURCES i18n/StringTable.cpp)
