#pragma once

#include "Briefing.h"
#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace liaison {

class Database;

// The briefing as an Excel workbook (.xlsx, written with libxlsxwriter): sheets 概况 (the figures),
// 问题清单 (every problem open at some point of the period, all columns), 走访记录 (the period's visits)
// and 分类统计 (by category and tier). Dates are dates and numbers are numbers, header rows are frozen
// and columns sized to their contents.
class BriefingWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(liaison::BriefingWorkbook)

public:
    [[nodiscard]] static Status write(Database& db, const BriefingData& data, const QString& path);
};

} // namespace liaison
