#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace nianbao {

// One line of an audit: a published report (text) or a report file, imported and checked.
struct AuditEntry {
    QString file;
    QString agency;
    int year = 0;
    QString format; // 2021年版, 2019年版 or 交换文件
    bool complete = false;
    int errors = 0;
    int warnings = 0;
    QStringList findings; // the first few, in Chinese, errors first
    QString failure;      // why the file could not be read; empty when it was
    bool readable() const { return failure.isEmpty(); }
};

// Every file to audit under `paths` (files, or folders searched recursively), in a stable
// order: report files (*.nianbao.json) and published reports (.txt, .html, .htm, .pdf).
// A path that does not exist is returned as is, so that its entry says so.
QStringList auditFiles(const QStringList& paths);

// Imports or loads one file and checks it. Never throws and never stops: a file that cannot
// be read gives an entry with `failure` set.
AuditEntry auditFile(const QString& path);

} // namespace nianbao
