#include "tests/storage/storebackend.h"

#include "tests/support/postgresserver.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace nianbao::test {

void OnEveryBackend::SetUp() {
    if (!onServer()) {
        m_location = m_dir.filePath(u"年报 store.sqlite"_s);
        return;
    }
    POSTGRES_OR_SKIP(server);
    QString error;
    m_location = server->createDatabase(&error);
    ASSERT_FALSE(m_location.isEmpty()) << error.toStdString();
}

std::unique_ptr<ReportStore> OnEveryBackend::openStore() {
    ReportStore::Options options;
    options.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(m_location, options, &error);
    EXPECT_TRUE(store) << error.toStdString();
    return store;
}

template <typename Use>
void OnEveryBackend::withRawConnection(Use use) {
    {
        QSqlDatabase db;
        if (onServer()) {
            PostgresServer* server = PostgresServer::shared(nullptr);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
            db.setHostName(server->socketFolder());
            db.setPort(server->port());
            db.setUserName(u"nianbao"_s);
            db.setDatabaseName(test::PostgresServer::databaseOf(m_location));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_location);
        }
        EXPECT_TRUE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void OnEveryBackend::rawSql(const QStringList& statements) {
    withRawConnection([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        for (const QString& s : statements)
            EXPECT_TRUE(q.exec(s)) << s.toStdString();
    });
}

QString OnEveryBackend::rawValue(const QString& sql) {
    QString value;
    withRawConnection([&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toString();
    });
    return value;
}

QString OnEveryBackend::everythingStored() {
    QString all;
    withRawConnection([&](QSqlDatabase& db) {
        QSqlQuery rows(db);
        for (const QString& table : db.tables()) {
            EXPECT_TRUE(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    all += rows.value(i).toString() + u'\n';
            }
        }
    });
    return all;
}

} // namespace nianbao::test
