// Table three of an open report counted from the request register (issue 18): written as the
// register's, read-only in the editor's model, the requests behind a cell, and back to typed
// figures with a reason recorded.
#include "model/editing/formtablemodel.h"
#include "model/session/reportsession.h"
#include "tests/support/registersamples.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"测试局"_s;

class SessionRegisterTest : public ::testing::Test {
protected:
    void SetUp() override {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        m_store = ReportStore::open(m_dir.filePath(u"store.sqlite"_s), options, &error);
        ASSERT_TRUE(m_store) << error.toStdString();
        Report report = test::emptyReport(2025);
        report.agency = kAgency;
        m_id = m_store->create(report, &error).value_or(0);
        ASSERT_GT(m_id, 0) << error.toStdString();
        // 60 requests from August 2024 to January 2026: carried in, answered, carried over.
        ASSERT_TRUE(m_store->addRequests(test::sampleRegister(kAgency, 60, QDate(2026, 1, 20), 540),
                                         &error))
            << error.toStdString();
        m_session = ReportSession::open(m_store.get(), m_id, &error);
        ASSERT_TRUE(m_session) << error.toStdString();
    }

    CellRef cell(const char16_t* id) const { return test::cell(id); }
    qint64 shown(const char16_t* id) const {
        return m_session->report().value(cell(id)).displayText().toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportSession> m_session;
    qint64 m_id = 0;
};

TEST_F(SessionRegisterTest, TableThreeCountedFromTheRegisterIsTheRegistersAndReadOnly) {
    FormTableModel t3(m_session->document(), m_session->document()->form().findTable(u"t3"));
    const QModelIndex granted = t3.indexOf(cell(u"t3.granted.natural"));
    ASSERT_TRUE(t3.isEditableValue(granted));
    QString error;
    ASSERT_TRUE(m_session->useRegisterForTable3(&error)) << error.toStdString();
    const RegisterTable3 expected =
        RequestRegister::table3(m_store->requests(kAgency), m_session->report().year);
    EXPECT_EQ(shown(u"t3.granted.natural"), expected.count(u"granted"_s, u"natural"_s));
    EXPECT_EQ(shown(u"t3.carried_over.total"), expected.count(u"carried_over"_s, u"total"_s));
    EXPECT_GT(shown(u"t3.carried_in.total"), 0);
    EXPECT_GT(shown(u"t3.carried_over.total"), 0);
    // What the window shows comes from the store, which holds the same.
    QString loadError;
    EXPECT_EQ(m_store->load(m_id, &loadError)->value(cell(u"t3.new.total")),
              m_session->report().value(cell(u"t3.new.total")));
    EXPECT_EQ(m_store->cellSources(m_id).at(u"t3.granted.natural"_s), u"register"_s);
    // Read-only, marked, explained.
    EXPECT_FALSE(t3.isEditableValue(granted));
    EXPECT_FALSE(t3.flags(granted) & Qt::ItemIsEditable);
    EXPECT_TRUE(t3.data(granted, FormTableModel::FromRegisterRole).toBool());
    EXPECT_TRUE(t3.data(granted, Qt::BackgroundRole).isValid());
    EXPECT_TRUE(t3.data(granted, Qt::ToolTipRole).toString().contains(u"register"_s));
    QString pasteError;
    EXPECT_FALSE(t3.paste(granted, u"7"_s, &pasteError));
    EXPECT_TRUE(pasteError.contains(u"register"_s)) << pasteError.toStdString();
    // The session wrote nothing back over them (which would have made them typed figures).
    EXPECT_FALSE(m_session->hasUnsaved());
    EXPECT_EQ(m_store->cellSources(m_id).size(), expected.counts.size() * 7);
}

TEST_F(SessionRegisterTest, EachCellListsTheRequestsItCounts) {
    QString error;
    ASSERT_TRUE(m_session->useRegisterForTable3(&error)) << error.toStdString();
    for (const char16_t* id : {u"t3.new.total", u"t3.carried_in.natural", u"t3.granted.total",
                               u"t3.carried_over.total", u"t3.result_total.business"}) {
        const auto behind = m_session->requestsBehind(cell(id));
        EXPECT_EQ(qint64(behind.size()), shown(id)) << QString::fromUtf16(id).toStdString();
    }
    // Only table three has requests behind its cells.
    EXPECT_TRUE(m_session->requestsBehind(cell(u"t2.normative.in_force")).empty());
}

// An agency without any request (a misspelt name, a register not brought in): nothing is
// counted, nothing written. (An entry the rules cannot count never reaches the store: it
// refuses it; the count leaves such an entry out and names it, see test_requestregister.)
TEST_F(SessionRegisterTest, AnAgencyWithoutRequestsGetsNothingWritten) {
    QString error;
    Report other = test::emptyReport(2025);
    other.agency = u"没有台账的局"_s;
    const qint64 otherId = *m_store->create(other, &error);
    auto session = ReportSession::open(m_store.get(), otherId, &error);
    ASSERT_TRUE(session);
    EXPECT_FALSE(session->useRegisterForTable3(&error));
    EXPECT_TRUE(error.contains(u"没有台账的局"_s)) << error.toStdString();
    EXPECT_TRUE(m_store->cellSources(otherId).empty());
}

TEST_F(SessionRegisterTest, BackToTypedFiguresAsksAReasonRecordsItAndMakesTheCellsEditable) {
    QString error;
    ASSERT_TRUE(m_session->useRegisterForTable3(&error)) << error.toStdString();
    FormTableModel t3(m_session->document(), m_session->document()->form().findTable(u"t3"));
    const QModelIndex granted = t3.indexOf(cell(u"t3.granted.natural"));
    const qint64 counted = shown(u"t3.granted.natural");
    EXPECT_FALSE(m_session->switchTable3ToTyped(u"  "_s, &error));
    EXPECT_FALSE(t3.isEditableValue(granted));
    ASSERT_TRUE(m_session->switchTable3ToTyped(u"台账漏登两件，按纸质登记簿填报"_s, &error))
        << error.toStdString();
    EXPECT_TRUE(m_store->cellSources(m_id).empty());
    EXPECT_EQ(shown(u"t3.granted.natural"), counted); // the figures stay
    EXPECT_TRUE(t3.isEditableValue(granted));
    const auto history = m_store->history(m_id, ReportStore::kTable3SourceTarget);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].oldValue, u"register"_s);
    EXPECT_TRUE(history[0].newValue.contains(u"台账漏登两件"_s));
    // Typed again, and saved as the clerk's.
    ASSERT_TRUE(t3.setData(granted, QString::number(counted + 2)));
    EXPECT_EQ(m_store->load(m_id, &error)->value(cell(u"t3.granted.natural")).displayText(),
              QString::number(counted + 2));
}

TEST_F(SessionRegisterTest, AFinalizedReportIsNeverRecounted) {
    m_session->document()->setReadOnly(true);
    QString error;
    EXPECT_FALSE(m_session->useRegisterForTable3(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(m_store->cellSources(m_id).empty());
}

} // namespace

// The clerk test's finding: an entry changed after the count left table three saying
// 「来自登记台账」 with the old figure. Now every change of the register counts it again.
TEST_F(SessionRegisterTest, AChangedEntryCountsTableThreeAgain) {
    QString error;
    ASSERT_TRUE(m_session->useRegisterForTable3(&error)) << error.toStdString();
    const auto stored = [&](const char16_t* id) {
        return m_store->load(m_id, &error)->value(cell(id)).displayText().toLongLong();
    };
    const qint64 granted = stored(u"t3.granted.natural");
    const qint64 partial = stored(u"t3.partial.natural");
    // A request of the year answered 予以公开 to a natural person becomes 部分公开.
    std::optional<RegisterEntry> changed;
    for (const RegisterEntry& e : m_store->requests(kAgency, 2025)) {
        if (e.outcome == u"granted" && e.applicantType == u"natural" && e.replied.year() == 2025) {
            changed = e;
            break;
        }
    }
    ASSERT_TRUE(changed);
    changed->outcome = u"partial"_s;
    ASSERT_TRUE(m_store->updateRequest(*changed, &error)) << error.toStdString();
    EXPECT_EQ(stored(u"t3.granted.natural"), granted - 1);
    EXPECT_EQ(stored(u"t3.partial.natural"), partial + 1);
    // And deleted: counted again too.
    ASSERT_TRUE(m_store->deleteRequest(changed->id, &error)) << error.toStdString();
    EXPECT_EQ(stored(u"t3.partial.natural"), partial);
    // The open report takes the store's figures in.
    ASSERT_TRUE(m_session->reloadFromStore(&error)) << error.toStdString();
    EXPECT_EQ(shown(u"t3.partial.natural"), partial);
    EXPECT_FALSE(m_session->hasUnsaved());
}
