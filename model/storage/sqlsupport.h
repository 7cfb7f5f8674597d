#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlError;

// What every part of the store uses to run SQL: plain messages, prepared statements and
// transactions. Only model/storage includes this.
namespace nianbao::storage {

// A failed statement's message, made plain for the cases a clerk can act on.
QString describe(const QSqlError& error);

bool exec(QSqlQuery& q, QString* error);

// QtSql binds a null QString as SQL NULL; our "nothing" is the empty text.
QSqlQuery prepared(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// Times as the store writes them: UTC, ISO with milliseconds (2025-01-20T08:30:05.123Z).
QString timestamp(const QDateTime& t);
QString now();
QDateTime parseTime(const QVariant& v);
// The account making a change, for the history.
QString osUser();

// Rolls back unless committed: one change, one transaction.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool commit(QString* error);

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace nianbao::storage
