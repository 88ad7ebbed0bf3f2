#ifndef CSQLITESETTINGS_H
#define CSQLITESETTINGS_H

/// Turns on SQLite's defensive mode (SQLITE_DBCONFIG_DEFENSIVE) for `connection`, an
/// `sqlite3 *`: no writes to the schema table or to shadow tables, whatever a file holds.
/// Returns SQLite's result code. A C function because `sqlite3_db_config` is variadic,
/// which Swift cannot call.
int chaingraph_sqlite_enable_defensive(void *connection);

#endif
