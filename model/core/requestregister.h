#pragma once

#include "model/core/decimal.h"
#include "model/core/report.h"
#include "model/core/workcalendar.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace nianbao {

// How a request came in (申请方式).
enum class RequestChannel : quint8 { InPerson, Mail, Online, Fax, Email, Other };
QString requestChannelCode(RequestChannel channel); // "in_person", as stored
QString requestChannelName(RequestChannel channel); // 当面
std::optional<RequestChannel> requestChannelFromCode(QStringView code);

// One request for government information (政府信息公开申请) in the agency's register (台账).
// Applicant type and outcome are the keys of table three's columns and rows, so that the
// table is counted from the register and never typed.
struct RegisterEntry {
    qint64 id = 0; // in the store; 0 before it is stored
    QString agency;
    QString number; // 2025-017
    QDate received;
    RequestChannel channel = RequestChannel::Online;
    QString applicantType; // t3 column: natural, business, research, nonprofit, legal, other_org
    // Personal data: kept in the register only, never in a report, an export, the audit or an
    // exchange file.
    QString applicantName;
    QString applicantContact;
    QString subject;
    QDate correctionAsked;    // 补正 asked (条例 第三十条)
    QDate correctionReceived; // the corrected application received
    QDate consultationStart; // 征求第三方意见 (第三十二条; not counted: 第三十三条第三款)
    QDate consultationEnd;
    QDate extendedOn; // 延长答复期限 decided (第三十三条)
    QDate replied;    // the reply, or the day the request was closed (withdrawn, 逾期不补正)
    QString
        outcome; // t3 row: granted, partial, denied_1..8, unable_1..3, rejected_1..5, other_1..3
    Decimal fee; // 信息处理费, 万元
    QString notes;
    bool withdrawn = false; // 申请人撤回: closed on `replied` under other_3
    // Handled together with the request of that number (合并处理): without a reply of its own
    // it takes that request's reply date and outcome.
    QString mergedInto;

    bool operator==(const RegisterEntry&) const = default;
};

// Where an open request stands against its deadline.
struct RequestDeadline {
    enum class State : quint8 {
        Answered,           // replied: no deadline any more
        AwaitingCorrection, // 补正 asked, not received: the period has not started
        InConsultation,     // third party consulted, no end yet: the period is paused
        Running,            // due on `due`
    };
    State state = State::Running;
    QDate due;
    // Working days from `today` to `due`: 0 due today, negative overdue. Only for Running.
    int workingDaysLeft = 0;
    bool isOverdue() const { return state == State::Running && workingDaysLeft < 0; }
};

// The six columns of table three, in the form's order.
const std::array<QString, 6>& applicantTypes();
// The 21 outcome rows of table three, in the form's order.
const std::vector<QString>& outcomeRows();

// Table three counted from a register for one year.
struct RegisterTable3 {
    int year = 0;
    // rows "new", "carried_in", every outcome row, "result_total", "carried_over";
    // columns applicantTypes() then "total".
    std::map<QString, std::array<qint64, 7>> counts;
    // Entries left out because they cannot be counted, one line each (number: reason).
    QStringList skipped;

    qint64 count(const QString& row, const QString& column) const;
    // Puts every cell of table three into the report (totals included).
    void applyTo(Report& report) const;
};

// The rules of the register (条例 第三十、三十二、三十三条).
class RequestRegister {
public:
    static constexpr int kReplyWorkingDays = 20;     // 第三十三条第一款
    static constexpr int kExtensionWorkingDays = 20; // 第三十三条第二款

    // What is wrong with an entry, one message each in the user's language; empty if none.
    static QStringList problems(const RegisterEntry& entry);
    // The due date and, for a running one, the working days left on `today`.
    static std::optional<RequestDeadline>
    deadline(const RegisterEntry& entry, const WorkCalendar& calendar, QDate today, QString* error);
    // Table three of `year` from every entry of one agency (all years: the carry-over needs
    // the earlier ones). The corner rule holds by construction: each counted entry is in
    // 本年新收 or 上年结转, and in exactly one outcome row or 结转下年度.
    static RegisterTable3 table3(const std::vector<RegisterEntry>& entries, int year);
    // The entries counted in one cell of table three of `year` (`row` as in
    // RegisterTable3::counts, `column` an applicant type or "total"): what lies behind a
    // figure counted from the register. Entries table3() leaves out are in no cell.
    static std::vector<RegisterEntry> entriesInCell(const std::vector<RegisterEntry>& entries,
                                                    int year, const QString& row,
                                                    const QString& column);
    // The next free number of the year among `entries`: 2025-018 after 2025-017.
    static QString nextNumber(const std::vector<RegisterEntry>& entries, int year);
};

} // namespace nianbao
