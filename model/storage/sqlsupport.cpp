#include "model/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
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

} // namespace nianbao::storage
