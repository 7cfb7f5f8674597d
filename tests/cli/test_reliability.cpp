// Issue 15 through the real binary, as a clerk (or a broken disk) would meet it: a changed
// finalized report refused on every read path, exports that fail loudly on a full disk and
// keep the older file, inputs that are not files, backups that restore, private files, a
// stale empty lock and the smaller items. The binary can be swapped with
// NIANBAO_TEST_EXE=… to run these against another build (an older one must fail them).
#include "model/core/reportjson.h"
#include "model/storage/reportstore.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int status = -1;
    bool finished = false;
    QString out;
    QString err;
};

struct Limits {
    qint64 fileSize = -1; // RLIMIT_FSIZE: writes past it fail with EFBIG, like a full disk
    bool clearUmask = false;
};

// Applied in the child between fork and exec.
Limits g_limits;

QString golden(const char16_t* name) {
    return test::dataPath(u"golden/"_s + QString::fromUtf16(name) + u"/report.nianbao.json"_s);
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

int modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

void tamper(const QString& path, const QString& statement) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

class ReliabilityCli : public ::testing::Test {
protected:
    Outcome nianbao(const QStringList& args, Limits limits = {}, int timeoutMs = 60000) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"NIANBAO_DB"_s, store());
        p.setProcessEnvironment(env);
        g_limits = limits;
        p.setChildProcessModifier([] {
            // A runaway read (a device behind a link) must end in the child, not take the
            // machine's memory: 4 GiB of address space is far more than a report needs.
            const rlimit memory{4ull << 30, 4ull << 30};
            ::setrlimit(RLIMIT_AS, &memory);
            if (g_limits.fileSize >= 0) {
                const rlimit size{static_cast<rlim_t>(g_limits.fileSize),
                                  static_cast<rlim_t>(g_limits.fileSize)};
                ::setrlimit(RLIMIT_FSIZE, &size);
                ::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG, as on a full disk
            }
            if (g_limits.clearUmask)
                ::umask(0);
        });
        const QString exe =
            qEnvironmentVariable("NIANBAO_TEST_EXE", QString::fromUtf8(NIANBAO_EXE));
        p.start(exe, args);
        Outcome r;
        r.finished = p.waitForFinished(timeoutMs);
        if (!r.finished) {
            p.kill();
            p.waitForFinished();
        }
        r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString store() const { return m_dir.filePath(u"store.sqlite"_s); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A store holding the busy report finalized, with today's backup already taken (so that
    // opening it writes nothing beyond its lock).
    // `notes`: that many bytes of notes kept beside the report (an unknown key, exported).
    qint64 finalizedStore(int notes = 0) {
        QString error;
        auto s = ReportStore::open(store(), &error);
        EXPECT_TRUE(s) << error.toStdString();
        Report report = test::loadReport(golden(u"correct-busy-report"));
        if (notes > 0) {
            QString text;
            for (int i = 0; text.size() < notes; ++i)
                text += QString::number(i * 7919) + u' ';
            report.extraKeys.push_back({u"notes"_s, JsonValue::string(text)});
        }
        const auto id = s->create(report, &error);
        EXPECT_TRUE(id) << error.toStdString();
        EXPECT_TRUE(s->finalize(*id, {QDate(2025, 1, 20), u"李四"_s, u"王五"_s, u"赵六"_s}, &error))
            << error.toStdString();
        return *id;
    }

    QTemporaryDir m_dir;
};

// 1. Every read path of a changed finalized report: list, check, export of the store; check
// and export of an exchange file whose sha256 does not match. (The window: gui tests.)
TEST_F(ReliabilityCli, AChangedFinalizedReportIsRefusedAsFinalOnEveryReadPath) {
    finalizedStore();
    const QString exported = path(u"final.nianbao.json"_s);
    Outcome r = nianbao({u"db"_s, u"export"_s, u"1"_s, u"-o"_s, exported});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    tamper(store(), u"UPDATE cell SET value = '39' WHERE cell = 't3.new.natural'"_s);

    r = nianbao({u"db"_s, u"list"_s});
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_TRUE((r.out + r.err).contains(u"已定稿内容与定稿时不一致"_s)) << r.out.toStdString();
    r = nianbao({u"db"_s, u"check"_s, u"1"_s});
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"已定稿内容与定稿时不一致"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"\"38\""_s) && r.err.contains(u"\"39\""_s)) << r.err.toStdString();
    r = nianbao({u"db"_s, u"check"_s, u"1"_s, u"--json"_s});
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"\"rule\": \"H1\""_s)) << r.out.toStdString();
    const QString again = path(u"again.nianbao.json"_s);
    r = nianbao({u"db"_s, u"export"_s, u"1"_s, u"-o"_s, again});
    EXPECT_EQ(r.status, 1) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(again));
    EXPECT_TRUE(r.err.contains(u"restore-frozen"_s)) << r.err.toStdString();

    // The exchange file: its content changed beside its old finalized.sha256.
    QByteArray json = bytesOf(exported);
    ASSERT_TRUE(json.contains("\"t3.new.natural\": 38")) << json.constData();
    json.replace("\"t3.new.natural\": 38", "\"t3.new.natural\": 39");
    json.replace("\"t3.new.total\": 38", "\"t3.new.total\": 39");
    const QString changed = path(u"changed.nianbao.json"_s);
    writeBytes(changed, json);
    r = nianbao({u"check"_s, changed});
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"H1 已定稿内容与定稿时不一致"_s)) << r.out.toStdString();
    const QString pdf = path(u"changed.pdf"_s);
    const QString html = path(u"changed.html"_s);
    r = nianbao({u"export"_s, changed, u"--pdf"_s, pdf, u"--html"_s, html});
    EXPECT_EQ(r.status, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"已定稿内容与定稿时不一致"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_FALSE(QFile::exists(html));
    // The file as exported still checks and renders as final.
    r = nianbao({u"check"_s, exported});
    EXPECT_EQ(r.status, 0) << r.out.toStdString();

    // The frozen copy restores, after which every path works again.
    r = nianbao({u"db"_s, u"restore-frozen"_s, u"1"_s});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    r = nianbao({u"db"_s, u"export"_s, u"1"_s, u"-o"_s, again});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(bytesOf(again), bytesOf(exported));
}

// 3. A full disk (a file-size limit in the child: write() fails with EFBIG) for every format:
// a non-zero exit, the older file at that path unchanged, no temporary file left.
TEST_F(ReliabilityCli, EveryExportFailsLoudlyOnAFullDiskAndKeepsTheOlderFile) {
    finalizedStore(100000);
    const QByteArray older = "an older export that must survive\n";
    struct Case {
        QString name;
        QStringList args;
        QString file;
    };
    const QString report = golden(u"correct-busy-report");
    // The outputs in a folder of their own, away from the store's files.
    ASSERT_TRUE(QDir().mkpath(path(u"out"_s)));
    const auto out = [this](const QString& name) {
        return path(u"out/"_s + name);
    };
    const QString pngFolder = path(u"pages"_s);
    ASSERT_TRUE(QDir().mkpath(pngFolder));
    const std::vector<Case> cases = {
        {u"db export -o"_s,
         {u"db"_s, u"export"_s, u"1"_s, u"-o"_s, out(u"r.nianbao.json"_s)},
         out(u"r.nianbao.json"_s)},
        {u"export --pdf"_s, {u"export"_s, report, u"--pdf"_s, out(u"r.pdf"_s)}, out(u"r.pdf"_s)},
        {u"export --png"_s,
         {u"export"_s, report, u"--png"_s, pngFolder},
         QDir(pngFolder).filePath(u"page-001.png"_s)},
        {u"export --html"_s,
         {u"export"_s, report, u"--html"_s, out(u"r.html"_s)},
         out(u"r.html"_s)},
        {u"export --odt"_s, {u"export"_s, report, u"--odt"_s, out(u"r.odt"_s)}, out(u"r.odt"_s)},
        {u"import -o"_s,
         {u"import"_s, test::dataPath(u"import/partial-shortened-labels.txt"_s), u"-o"_s,
          out(u"imported.nianbao.json"_s)},
         out(u"imported.nianbao.json"_s)},
    };
    for (const Case& c : cases) {
        // First without a limit: the command works and its output has a size.
        const Outcome unlimited = nianbao(c.args);
        EXPECT_TRUE(unlimited.status == 0 || (c.name == u"import -o" && unlimited.status == 1))
            << c.name.toStdString() << ": " << unlimited.err.toStdString();
        const qint64 size = QFileInfo(c.file).size();
        // Then on a disk that fills up half way through the file.
        writeBytes(c.file, older);
        const QStringList before = QDir(QFileInfo(c.file).path()).entryList(QDir::Files);
        // The store's -shm alone takes 32 KiB: db export gets room for it (its output is
        // larger still, see finalizedStore).
        const qint64 limit =
            c.name.startsWith(u"db") ? std::max<qint64>(size / 2, 40000) : size / 2;
        ASSERT_GT(size, limit) << c.name.toStdString();
        const Outcome r = nianbao(c.args, {limit, false});
        EXPECT_NE(r.status, 0) << c.name.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"cannot write"_s))
            << c.name.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(bytesOf(c.file), older) << c.name.toStdString();
        EXPECT_EQ(QDir(QFileInfo(c.file).path()).entryList(QDir::Files), before)
            << c.name.toStdString() << ": a temporary file was left";
    }
}

// 4. Inputs that are not regular files: refused at once with a message; audit goes on.
TEST_F(ReliabilityCli, DevicesAndPipesAreRefusedWithoutReadingOrBlocking) {
    const QString zero = path(u"zero.txt"_s);
    ASSERT_EQ(::symlink("/dev/zero", QFile::encodeName(zero).constData()), 0);
    Outcome r = nianbao({u"import"_s, zero}, {}, 20000);
    EXPECT_TRUE(r.finished);
    EXPECT_EQ(r.status, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"不是普通文件"_s)) << r.err.toStdString();

    const QString pipe = path(u"pipe.nianbao.json"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    r = nianbao({u"check"_s, pipe}, {}, 20000);
    EXPECT_TRUE(r.finished) << "check blocked on a named pipe";
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"not a regular file"_s)) << r.err.toStdString();

    const QString folder = path(u"audit"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_EQ(::symlink("/dev/zero", QFile::encodeName(folder + u"/zero.txt"_s).constData()), 0);
    ASSERT_TRUE(QFile::copy(golden(u"correct-busy-report"), folder + u"/good.nianbao.json"_s));
    r = nianbao({u"audit"_s, folder, zero}, {}, 20000);
    EXPECT_TRUE(r.finished);
    EXPECT_EQ(r.status, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"good.nianbao.json"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"不是普通文件"_s)) << r.out.toStdString();
}

// 2. Backups: a cut-off backup and a stale one named for 2099 are passed over; a deleted or
// emptied store beside good backups is not silently recreated.
TEST_F(ReliabilityCli, RestoreTakesTheNewestGoodBackupAndAMissingStoreIsNotRecreated) {
    QString error;
    {
        ReportStore::Options options;
        options.today = QDate(2025, 1, 1);
        auto s = ReportStore::open(store(), options, &error);
        ASSERT_TRUE(s);
        ASSERT_TRUE(s->create(test::loadReport(golden(u"correct-busy-report")), &error));
    }
    const QDir backups(ReportStore::backupFolder(store()));
    for (int day = 2; day <= 3; ++day) {
        ReportStore::Options options;
        options.today = QDate(2025, 1, day);
        auto s = ReportStore::open(store(), options, &error);
        ASSERT_TRUE(s);
        if (day == 2) {
            ASSERT_TRUE(QFile::copy(backups.filePath(u"store-2025-01-02.sqlite"_s),
                                    backups.filePath(u"store-2099-12-31.sqlite"_s)));
            Report second = test::loadReport(golden(u"correct-busy-report"));
            second.agency = u"乙局"_s;
            ASSERT_TRUE(s->create(second, &error));
        }
    }
    QByteArray cut = bytesOf(backups.filePath(u"store-2025-01-03.sqlite"_s));
    cut.replace(0, 100, QByteArray(100, '\0'));
    writeBytes(backups.filePath(u"store-2025-01-04.sqlite"_s), cut);

    // Deleted: refused with the way out, nothing recreated.
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(store() + suffix);
    Outcome r = nianbao({u"db"_s, u"list"_s});
    EXPECT_EQ(r.status, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"nianbao db restore"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(store()));
    r = nianbao({u"db"_s, u"import"_s, golden(u"correct-all-zero")});
    EXPECT_EQ(r.status, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"holds 2 report"_s)) << r.err.toStdString();

    r = nianbao({u"db"_s, u"restore"_s});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    r = nianbao({u"db"_s, u"list"_s});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"乙局"_s)) << r.out.toStdString();
    // Emptied (0 bytes): the same.
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(store() + suffix);
    writeBytes(store(), {});
    r = nianbao({u"db"_s, u"list"_s});
    EXPECT_EQ(r.status, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"nianbao db restore"_s)) << r.err.toStdString();
}

// 6. An empty lock file left by a power cut does not lock the store for ever.
TEST_F(ReliabilityCli, AnEmptyLockFileIsStale) {
    finalizedStore();
    QFile lock(store() + u".lock"_s);
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-600),
                                 QFileDevice::FileModificationTime));
    lock.close();
    const Outcome r = nianbao({u"db"_s, u"list"_s});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"某县市场监督管理局"_s)) << r.out.toStdString();
}

// 7. Under umask 000: the data folder 0700, the store and its backups 0600, exports 0600.
TEST_F(ReliabilityCli, TheStoreItsBackupsAndExportsAreReadableByTheirOwnerOnly) {
    const QString folder = path(u"data"_s);
    const QString db = folder + u"/nianbao.sqlite"_s;
    Outcome r =
        nianbao({u"db"_s, u"import"_s, golden(u"correct-busy-report"), u"--db"_s, db}, {-1, true});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = nianbao({u"db"_s, u"list"_s, u"--db"_s, db}, {-1, true}); // takes today's backup
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(db), 0600);
    const QStringList backups = ReportStore::backups(db);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(modeOf(ReportStore::backupFolder(db)), 0700);
    EXPECT_EQ(modeOf(backups.first()), 0600);
    const QString html = path(u"r.html"_s);
    r = nianbao({u"export"_s, golden(u"correct-busy-report"), u"--html"_s, html}, {-1, true});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(html), 0600);
}

// 8. The smaller ones.
TEST_F(ReliabilityCli, AMistypedStoreIsNeverCreatedSilently) {
    const QString typo = path(u"stroe.sqlite"_s);
    Outcome r = nianbao({u"db"_s, u"list"_s, u"--db"_s, typo});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(typo)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(typo));
    r = nianbao({u"db"_s, u"export"_s, u"1"_s, u"--db"_s, typo});
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(QFile::exists(typo));
    // Every file refused: no store.
    writeBytes(path(u"bad.nianbao.json"_s), "{ not json");
    r = nianbao({u"db"_s, u"import"_s, path(u"bad.nianbao.json"_s), u"--db"_s, typo});
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(QFile::exists(typo));
    // A new store is said so on stderr.
    r = nianbao({u"db"_s, u"import"_s, golden(u"correct-all-zero"), u"--db"_s, typo});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"New database "_s + typo)) << r.err.toStdString();
    r = nianbao({u"db"_s, u"import"_s, golden(u"correct-all-zero"), u"--db"_s, typo});
    EXPECT_FALSE(r.err.contains(u"New database"_s)) << r.err.toStdString();
}

TEST_F(ReliabilityCli, AnAgencyNameOfSpacesOrControlCharactersIsRefused) {
    const QByteArray original = bytesOf(golden(u"correct-busy-report"));
    ASSERT_TRUE(original.contains("\"agency\": \"某县市场监督管理局\""));
    const QList<QByteArray> names = {"   ", "某县\\u202E局理管", "某县\\u0000局", "某县\\u0007局"};
    for (const QByteArray& name : names) {
        QByteArray json = original;
        json.replace("\"agency\": \"某县市场监督管理局\"", "\"agency\": \"" + name + "\"");
        const QString file = path(u"agency.nianbao.json"_s);
        writeBytes(file, json);
        const Outcome r = nianbao({u"check"_s, file});
        EXPECT_EQ(r.status, 2) << name.constData() << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(u"agency"_s)) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QChar(u'\0')) || r.out.contains(QChar(u'\0')));
        EXPECT_FALSE(r.err.contains(QChar(0x202E)) || r.out.contains(QChar(0x202E)));
    }
    const Outcome imported =
        nianbao({u"import"_s, test::dataPath(u"import/partial-shortened-labels.txt"_s),
                 u"--agency"_s, u"某县\u202E局"_s});
    EXPECT_EQ(imported.status, 2) << imported.out.left(200).toStdString();
    EXPECT_TRUE(imported.err.contains(u"U+202E"_s)) << imported.err.toStdString();
    // A store written by an older version may hold such a name: it is listed by its code.
    {
        QString error;
        ReportStore::Options options;
        options.dailyBackup = false;
        auto s = ReportStore::open(store(), options, &error);
        ASSERT_TRUE(s) << error.toStdString();
        ASSERT_TRUE(s->create(test::loadReport(golden(u"correct-busy-report")), &error));
    }
    tamper(store(), u"UPDATE report SET agency = '某县' || char(0) || char(8238) || '局'"_s);
    const Outcome listed = nianbao({u"db"_s, u"list"_s});
    EXPECT_FALSE(listed.out.contains(QChar(u'\0')) || listed.out.contains(QChar(0x202E)));
    EXPECT_TRUE(listed.out.contains(u"<U+202E>"_s)) << listed.out.toStdString();
}

// poppler's own English 「Error: …」 lines never reach the user; a PDF of deeply nested
// arrays is refused as unreadable (it kept poppler busy for 9 s and printed 800 000 lines).
TEST_F(ReliabilityCli, ABrokenOrHostilePdfGivesOneMessageOfOurs) {
    const QString nested = path(u"nested.pdf"_s);
    const int depth = 200000;
    writeBytes(nested, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " +
                           QByteArray(depth, '[') + QByteArray(depth, ']') +
                           " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    const QString truncated = path(u"truncated.pdf"_s);
    writeBytes(truncated,
               "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 9");
    for (const QString& file : {nested, truncated}) {
        const Outcome r = nianbao({u"import"_s, file});
        EXPECT_EQ(r.status, 2) << r.err.left(300).toStdString();
        EXPECT_FALSE(r.err.contains(u"Error"_s)) << r.err.left(300).toStdString();
        EXPECT_LE(r.err.count(u'\n'), 2) << r.err.left(300).toStdString();
    }
}

// 6. A command that only reads still works on a full disk: today's backup cannot be written
// (the file-size limit is below the store's size), which is said, not fatal.
TEST_F(ReliabilityCli, AReadOnlyCommandWorksOnAFullDisk) {
    {
        ReportStore::Options options;
        options.dailyBackup = false;
        QString error;
        auto s = ReportStore::open(store(), options, &error);
        ASSERT_TRUE(s) << error.toStdString();
        Report report = test::loadReport(golden(u"correct-busy-report"));
        QString notes;
        for (int i = 0; notes.size() < 100000; ++i)
            notes += QString::number(i * 7919) + u' ';
        report.extraKeys.push_back({u"notes"_s, JsonValue::string(notes)});
        ASSERT_TRUE(s->create(report, &error)) << error.toStdString();
    }
    ASSERT_GT(QFileInfo(store()).size(), 80000);
    const Outcome r = nianbao({u"db"_s, u"list"_s}, {40000, false});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"某县市场监督管理局"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"backup"_s)) << r.err.toStdString();
    EXPECT_TRUE(ReportStore::backups(store()).isEmpty());
}

} // namespace
