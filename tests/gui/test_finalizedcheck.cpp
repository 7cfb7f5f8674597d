// Issue 15 in the window: a finalized report whose content was changed in the file is not
// opened (so neither shown, printed nor exported as final) until its frozen copy is restored;
// the clerk is told 「已定稿内容与定稿时不一致」 with the differences.
#include "app/gui/mainwindow.h"
#include "model/core/reportjson.h"
#include "model/editing/reportdocument.h"
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

TEST(FinalizedCheck, TheWindowRefusesChangedFinalizedContentAndOffersTheFrozenCopy) {
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    QString error;
    qint64 id = 0;
    {
        auto store = ReportStore::open(path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        id = *store->create(
            test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s)),
            &error);
        ASSERT_TRUE(
            store->finalize(id, {QDate(2025, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s}, &error))
            << error.toStdString();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(
            QSqlQuery(db).exec(u"UPDATE cell SET value = '39' WHERE cell = 't3.new.natural'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    auto store = ReportStore::open(path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    MainWindow window(std::move(store));
    QStringList questions;
    bool restore = false;
    window.confirm = [&](const QString& question) {
        questions << question;
        return restore;
    };
    // Declined: not opened, and the message says what changed.
    EXPECT_FALSE(window.openReport(id, &error));
    EXPECT_EQ(window.document(), nullptr);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.front().startsWith(u"已定稿内容与定稿时不一致"_s))
        << questions.front().toStdString();
    EXPECT_TRUE(questions.front().contains(u"\"38\""_s) && questions.front().contains(u"\"39\""_s))
        << questions.front().toStdString();
    EXPECT_TRUE(error.startsWith(u"已定稿内容与定稿时不一致"_s)) << error.toStdString();
    // Accepted: the frozen copy is back, and what is shown (and printed with the fingerprint)
    // is what was finalized.
    restore = true;
    ASSERT_TRUE(window.openReport(id, &error)) << error.toStdString();
    ASSERT_NE(window.document(), nullptr);
    EXPECT_TRUE(window.document()->isReadOnly());
    EXPECT_EQ(ReportJson::contentHash(window.document()->report()),
              window.store()->finalization(id)->hash);
    EXPECT_FALSE(window.store()->verifyFinalized(id));
}

} // namespace
