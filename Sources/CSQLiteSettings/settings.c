#include <sqlite3.h>
#include "CSQLiteSettings.h"

int chaingraph_sqlite_enable_defensive(void *connection) {
    return sqlite3_db_config((sqlite3 *)connection, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}
