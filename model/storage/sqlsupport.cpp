#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nianbao::storage {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportStore)
};

} // namespace

QString describe(const QSqlError& error) {
    const QString text = error.text();
    if (text.contains(u"disk is full"_s) || text.contains(u"database or disk is full"_s))
        return Tr::tr("the disk is full; free some space. Everything saved before is kept.");
    // A shared server's lanes (serverlanes.cpp): the policy, not a fault.
    if (text.contains(u"row-level security"_s))
        return Tr::tr("this sign-in may only change its own agency's reports and register (the "
                      "server's row-level security refused it)");
    if (text.contains(u"permission denied"_s))
        return Tr::tr("this sign-in may only read here (the server refused the change: %1)")
            .arg(text.trimmed());
    if (text.contains(u"readonly"_s) || text.contains(u"read-only"_s))
        return Tr::tr("the database cannot be written (read-only file or folder)");
    return text;
}

bool exec(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = describe(q.lastError());
    return false;
}

QSqlQuery prepared(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(u""_s);
        else
            q.addBindValue(v);
    }
    return q;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_open(m_db.transaction()) {}

Transaction::~Transaction() {
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit(QString* error) {
    if (!m_open) {
        if (error)
            *error = describe(m_db.lastError());
        return false;
    }
    m_open = false;
    if (m_db.commit())
        return true;
    if (error)
        *error = describe(m_db.lastError());
    m_db.rollback();
    return false;
}

QString timestamp(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString now() {
    return timestamp(QDateTime::currentDateTimeUtc());
}
// The store writes its times as 2025-01-20T08:30:05.123Z; those are read by hand (the general
// parser was a sixth of listing 500 reports), anything else by Qt.
QDateTime parseTime(const QVariant& v) {
    const QString text = v.toString();
    auto digits = [&text](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString osUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // A desktop launcher or a service may set neither: the account itself has the name.
    if (user.isEmpty()) {
        if (const passwd* account = getpwuid(geteuid()); account && account->pw_name)
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user.isEmpty() ? u"?"_s : user;
}

} // namespace nianbao::storage
