// The request register in the store: entries per agency across years, their history without
// personal data, table three written into a report with its source.
#include "model/core/validator.h"
#include "model/storage/reportstore.h"
#include "tests/storage/storebackend.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

const QString kAgency = u"某某县人民政府办公室"_s;
const QString kPlantedName = u"欧阳娜娜娜"_s;
const QString kPlantedPhone = u"13812345678"_s;

RegisterEntry entry(QDate received, const QString& type = u"natural"_s,
                    const QString& agency = kAgency) {
    RegisterEntry e;
    e.agency = agency;
    e.received = received;
    e.applicantType = type;
    e.applicantName = kPlantedName;
    e.applicantContact = kPlantedPhone;
    e.subject = u"某路段拓宽工程的批复文件"_s;
    e.fee = *Decimal::parse(u"0.0100");
    return e;
}

// The register on an SQLite file and on a PostgreSQL server alike.
class EveryRegister : public test::OnEveryBackend {};
NIANBAO_ON_EVERY_BACKEND(EveryRegister);

// What only a store in an SQLite file has: its backups.
class RegisterStore : public ::testing::Test {
protected:
    QString dbPath() const { return m_dir.filePath(u"store.sqlite"_s); }
    std::unique_ptr<ReportStore> openStore() {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto store = ReportStore::open(dbPath(), options, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }
    QTemporaryDir m_dir;
};

TEST_P(EveryRegister, AddsWithTheNextNumberAndReadsBackEveryField) {
    auto store = openStore();
    QString error;
    RegisterEntry full = entry(QDate(2025, 3, 3), u"legal"_s);
    full.channel = RequestChannel::Email;
    full.correctionAsked = QDate(2025, 3, 5);
    full.correctionReceived = QDate(2025, 3, 10);
    full.consultationStart = QDate(2025, 3, 11);
    full.consultationEnd = QDate(2025, 3, 14);
    full.extendedOn = QDate(2025, 4, 1);
    full.replied = QDate(2025, 4, 20);
    full.outcome = u"denied_4"_s;
    full.notes = u"第三方不同意公开"_s;
    const auto first = store->addRequest(full, &error);
    ASSERT_TRUE(first) << error.toStdString();
    const auto second = store->addRequest(entry(QDate(2025, 5, 6)), &error);
    ASSERT_TRUE(second) << error.toStdString();
    store.reset();
    store = openStore();
    const auto read = store->request(*first);
    ASSERT_TRUE(read);
    full.id = *first;
    full.number = u"2025-001"_s;
    EXPECT_TRUE(*read == full);
    EXPECT_EQ(store->request(*second)->number, u"2025-002"_s);
    EXPECT_TRUE(store->request(*second)->fee.identical(*Decimal::parse(u"0.0100")));
}

TEST_P(EveryRegister, RefusesAnEntryWithProblemsAndADuplicateNumber) {
    auto store = openStore();
    QString error;
    RegisterEntry bad = entry(QDate(2025, 3, 3), u"citizen"_s);
    EXPECT_FALSE(store->addRequest(bad, &error));
    EXPECT_TRUE(error.contains(u"citizen"_s)) << error.toStdString();
    RegisterEntry e = entry(QDate(2025, 3, 3));
    e.number = u"2025-017"_s;
    ASSERT_TRUE(store->addRequest(e, &error)) << error.toStdString();
    EXPECT_FALSE(store->addRequest(e, &error));
    EXPECT_TRUE(error.contains(u"2025-017"_s)) << error.toStdString();
    // Another agency may have its own 2025-017.
    EXPECT_TRUE(
        store->addRequest(entry(QDate(2025, 3, 3), u"natural"_s, u"某某县财政局"_s), &error));
    EXPECT_EQ(store->requests(kAgency).size(), 1u);
    EXPECT_EQ(store->requests({}).size(), 2u);
}

TEST_P(EveryRegister, ListsTheEntriesAYearCounts) {
    auto store = openStore();
    QString error;
    RegisterEntry answeredIn2024 = entry(QDate(2024, 3, 1));
    answeredIn2024.replied = QDate(2024, 3, 5);
    answeredIn2024.outcome = u"granted"_s;
    RegisterEntry carried = entry(QDate(2024, 12, 20));
    carried.replied = QDate(2025, 1, 10);
    carried.outcome = u"granted"_s;
    for (const RegisterEntry& e : {answeredIn2024, carried, entry(QDate(2024, 12, 30)),
                                   entry(QDate(2025, 2, 3)), entry(QDate(2026, 1, 5))})
        ASSERT_TRUE(store->addRequest(e, &error)) << error.toStdString();
    QStringList numbers;
    for (const auto& e : store->requests(kAgency, 2025))
        numbers << e.number;
    EXPECT_EQ(numbers, (QStringList{u"2024-002"_s, u"2024-003"_s, u"2025-001"_s}));
    EXPECT_EQ(store->requests(kAgency, 2024).size(), 3u);
    EXPECT_EQ(store->requests(kAgency).size(), 5u);
    // Counting reads no personal data, and nothing it needs is missing.
    const auto counted = store->requests(kAgency, 2025, ReportStore::RequestData::ForCounting);
    ASSERT_EQ(counted.size(), 3u);
    EXPECT_EQ(store->requests(kAgency, 2025)[0].applicantName, kPlantedName);
    for (const RegisterEntry& e : counted) {
        EXPECT_TRUE(e.applicantName.isEmpty());
        EXPECT_TRUE(e.applicantContact.isEmpty());
        EXPECT_TRUE(e.subject.isEmpty());
    }
    EXPECT_EQ(counted[0].replied, QDate(2025, 1, 10));
    EXPECT_EQ(counted[0].outcome, u"granted"_s);
    EXPECT_TRUE(counted[0].fee.identical(*Decimal::parse(u"0.0100")));
    // The window's list: the subject, in order, without the personal data.
    const auto listed = store->requests(kAgency, 2025, ReportStore::RequestData::ForList);
    ASSERT_EQ(listed.size(), 3u);
    for (size_t i = 0; i < listed.size(); ++i) {
        EXPECT_EQ(listed[i].number, numbers[qsizetype(i)]);
        EXPECT_TRUE(listed[i].applicantName.isEmpty());
        EXPECT_TRUE(listed[i].applicantContact.isEmpty());
        EXPECT_TRUE(listed[i].notes.isEmpty());
        EXPECT_EQ(listed[i].subject, store->requests(kAgency, 2025)[i].subject);
    }
    EXPECT_FALSE(listed[0].subject.isEmpty());
}

TEST_P(EveryRegister, DeletingKeepsAHistoryLineWithoutPersonalData) {
    auto store = openStore();
    QString error;
    const auto id = store->addRequest(entry(QDate(2025, 3, 3)), &error);
    ASSERT_TRUE(id) << error.toStdString();
    RegisterEntry changed = *store->request(*id);
    changed.applicantName = u"另一位申请人"_s;
    changed.replied = QDate(2025, 3, 20);
    changed.outcome = u"partial"_s;
    ASSERT_TRUE(store->updateRequest(changed, &error)) << error.toStdString();
    ASSERT_TRUE(store->deleteRequest(*id, &error)) << error.toStdString();
    EXPECT_FALSE(store->request(*id));
    EXPECT_TRUE(store->requests(kAgency).empty());
    const auto history = store->requestHistory(kAgency);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].action, u"added"_s);
    EXPECT_EQ(history[1].action, u"changed"_s);
    EXPECT_TRUE(history[1].detail.contains(u"applicant_name"_s));
    EXPECT_TRUE(history[1].detail.contains(u"outcome=partial"_s));
    EXPECT_EQ(history[2].action, u"deleted"_s);
    EXPECT_EQ(history[2].number, u"2025-001"_s);
    EXPECT_TRUE(history[2].detail.contains(u"replied=2025-03-20"_s));
    store.reset();
    // Nowhere in the file: not in the history, not in a leftover row.
    const QString stored = everythingStored();
    EXPECT_FALSE(stored.contains(kPlantedName));
    EXPECT_FALSE(stored.contains(u"另一位申请人"_s));
    EXPECT_FALSE(stored.contains(kPlantedPhone));
    // Nor in the bytes of the file (a free page, the write-ahead log).
    if (onServer())
        return; // the server's files are its own (VACUUM reclaims dead rows)
    for (const QString& file : QDir(m_dir.path()).entryList(QDir::Files)) {
        const QByteArray bytes = test::readFile(m_dir.filePath(file));
        EXPECT_FALSE(bytes.contains(kPlantedName.toUtf8())) << file.toStdString();
        EXPECT_FALSE(bytes.contains(kPlantedPhone.toUtf8())) << file.toStdString();
    }
}

TEST_P(EveryRegister, TableThreeWrittenIntoTheReportWithItsSource) {
    auto store = openStore();
    QString error;
    Report report = test::emptyReport(2025);
    report.agency = kAgency;
    const auto reportId = store->create(report, &error);
    ASSERT_TRUE(reportId) << error.toStdString();
    RegisterEntry granted = entry(QDate(2025, 3, 3), u"business"_s);
    granted.replied = QDate(2025, 3, 10);
    granted.outcome = u"granted"_s;
    ASSERT_TRUE(store->addRequest(granted, &error));
    ASSERT_TRUE(store->addRequest(entry(QDate(2025, 12, 30)), &error));
    const RegisterTable3 table = RequestRegister::table3(store->requests(kAgency), 2025);
    ASSERT_TRUE(store->setTable3FromRegister(*reportId, table, &error)) << error.toStdString();
    const auto loaded = store->load(*reportId, &error);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->value(test::cell(u"t3.granted.business")), CellValue::of(1));
    EXPECT_EQ(loaded->value(test::cell(u"t3.carried_over.natural")), CellValue::of(1));
    EXPECT_EQ(loaded->value(test::cell(u"t3.new.total")), CellValue::of(2));
    EXPECT_EQ(loaded->value(test::cell(u"t3.denied_1.legal")), CellValue::of(0));
    const auto sources = store->cellSources(*reportId);
    EXPECT_EQ(sources.size(), 25u * 7u);
    EXPECT_EQ(sources.at(u"t3.granted.business"_s), u"register"_s);
    // A figure typed over a counted one is the clerk's again.
    ASSERT_TRUE(store->setCellValue(*reportId, test::cell(u"t3.granted.business"), CellValue::of(2),
                                    &error));
    EXPECT_FALSE(store->cellSources(*reportId).contains(u"t3.granted.business"_s));
    EXPECT_EQ(store->cellSources(*reportId).size(), 25u * 7u - 1u);
    // Back to typed figures: a reason is needed, and recorded; the figures stay.
    EXPECT_FALSE(store->setTable3Typed(*reportId, u" "_s, &error));
    EXPECT_EQ(store->cellSources(*reportId).size(), 25u * 7u - 1u);
    ASSERT_TRUE(store->setTable3Typed(*reportId, u"按纸质登记簿填报"_s, &error))
        << error.toStdString();
    EXPECT_TRUE(store->cellSources(*reportId).empty());
    EXPECT_EQ(store->load(*reportId, &error)->value(test::cell(u"t3.new.total")), CellValue::of(2));
    const auto history = store->history(*reportId, ReportStore::kTable3SourceTarget);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].newValue, u"typed: 按纸质登记簿填报"_s);
}

TEST_F(RegisterStore, AStoreHoldingOnlyTheRegisterIsBackedUpAndNotReplacedByAnEmptyOne) {
    auto store = openStore();
    QString error;
    ASSERT_TRUE(store->addRequest(entry(QDate(2025, 3, 3)), &error)) << error.toStdString();
    ASSERT_TRUE(store->backupIfDue(QDate(2025, 3, 4), &error)) << error.toStdString();
    store.reset();
    const QStringList backups = ReportStore::backups(dbPath());
    ASSERT_EQ(backups.size(), 1);
    const auto check = ReportStore::inspect(backups[0]);
    EXPECT_TRUE(check.good) << check.problem.toStdString();
    EXPECT_EQ(check.requests, 1);
    EXPECT_TRUE(check.lastChange.isValid());
    // The store deleted: opening refuses to start afresh beside a backup holding the register.
    ASSERT_TRUE(QFile::remove(dbPath()));
    ReportStore::Options options;
    options.dailyBackup = false;
    EXPECT_FALSE(ReportStore::open(dbPath(), options, &error));
    EXPECT_TRUE(error.contains(u"db restore"_s)) << error.toStdString();
}

TEST_P(EveryRegister, AFinalizedReportIsNotRecounted) {
    auto store = openStore();
    QString error;
    const Report correct =
        test::loadReport(test::dataPath(u"golden/correct-busy-report/report.nianbao.json"_s));
    const auto reportId = store->create(correct, &error);
    ASSERT_TRUE(reportId) << error.toStdString();
    ASSERT_TRUE(store->finalize(*reportId, {QDate(2025, 1, 20), u"甲"_s, u"乙"_s, u"丙"_s}, &error))
        << error.toStdString();
    RegisterEntry e = entry(QDate(correct.year, 3, 3), u"natural"_s, correct.agency);
    ASSERT_TRUE(store->addRequest(e, &error)) << error.toStdString();
    const RegisterTable3 table =
        RequestRegister::table3(store->requests(correct.agency), correct.year);
    EXPECT_FALSE(store->setTable3FromRegister(*reportId, table, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(store->cellSources(*reportId).empty());
    EXPECT_TRUE(*store->load(*reportId, &error) == correct);
}

} // namespace

TEST_P(EveryRegister, SeveralEntriesAreStoredAllOrNone) {
    auto store = openStore();
    ASSERT_TRUE(store);
    std::vector<RegisterEntry> batch = {entry(QDate(2025, 3, 3)), entry(QDate(2025, 3, 4))};
    QString error;
    ASSERT_TRUE(store->addRequests(batch, &error)) << error.toStdString();
    const auto stored = store->requests(kAgency);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].number, u"2025-001");
    EXPECT_EQ(stored[1].number, u"2025-002"); // numbered in turn inside the one transaction

    // The last one's number is taken: the first is not stored either.
    RegisterEntry fresh = entry(QDate(2025, 3, 5));
    RegisterEntry clash = entry(QDate(2025, 3, 6));
    clash.number = u"2025-001"_s;
    EXPECT_FALSE(store->addRequests({fresh, clash}, &error));
    EXPECT_TRUE(error.contains(u"2025-001"_s)) << error.toStdString();
    EXPECT_EQ(store->requests(kAgency).size(), 2u);
}
