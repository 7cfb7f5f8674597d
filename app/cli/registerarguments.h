#pragma once

#include "model/storage/reportstore.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace nianbao {

// `nianbao register SUBCOMMAND [FILE|ACTION] [--option value]… [--flag]…` as parsed for the
// register's commands (registercommand.cpp, registerprintcommand.cpp, casescommand.cpp).
struct RegisterArguments {
    QString subcommand;
    QString file; // register import FILE; register cases ACTION (add, list)
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString& option) const { return values.contains(option); }
    QString value(const QString& option) const { return values.value(option); }
    bool flag(const QString& option) const { return flags.contains(option); }
};

std::optional<RegisterArguments> parseRegisterArguments(const QStringList& args, QString* error);

// A date option as YYYY-MM-DD; an absent option is an invalid date, a malformed one an error.
std::optional<QDate> dateOption(const RegisterArguments& args, const QString& option,
                                QString* error);
std::optional<int> numberOption(const RegisterArguments& args, const QString& option, int low,
                                int high, QString* error);

// Only `add` may create a store; only the commands that write take it for writing.
std::unique_ptr<ReportStore> openRegisterStore(const RegisterArguments& args, bool mayCreate,
                                               bool readOnly, QTextStream& err, QString* error);

// An optional --year into *year (left empty without one); false after naming a bad one on
// `err`, prefixed by `command`.
bool optionalYear(const RegisterArguments& args, const QString& command, QTextStream& err,
                  std::optional<int>* year);

// --agency and --year of the table commands (table3, table4), both needed; nullopt after
// naming what is wrong on `err`, prefixed by `command` («nianbao register table3»).
struct AgencyYear {
    QString agency;
    int year = 0;
};
std::optional<AgencyYear> agencyAndYear(const RegisterArguments& args, const QString& command,
                                        QTextStream& err);

// The store's report of that agency and year, to write a counted table into; nullopt after
// naming its absence on `err`.
std::optional<qint64> reportToWrite(const ReportStore& store, const AgencyYear& which,
                                    const QString& command, QTextStream& err);

} // namespace nianbao
