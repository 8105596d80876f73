#pragma once

class QTableView;

namespace liaison {

// How every list of the application looks and behaves: whole rows selected, one line a row, compact
// rows, no row numbers, the last column filling the width.
void setUpListTable(QTableView* table);

} // namespace liaison
