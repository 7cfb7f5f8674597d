#include "model/storage/reportstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("nianbao::ReportStore", text);
}

// One entry per schema version: the statements that bring version N-1 to N.
const std::vector<std::vector<QString>>& migrations() {
    static const std::vector<std::vector<QString>> steps = {
        {
            u"CREATE TABLE report (id INTEGER PRIMARY KEY, form TEXT NOT NULL, agency TEXT NOT "
            u"NULL, "
            u"year INTEGER NOT NULL, level TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT "
            u"'draft', created TEXT NOT NULL, modified TEXT NOT NULL)"_s,
            u"CREATE TABLE cell (report INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE, "
            u"cell TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (report, cell)) WITHOUT ROWID"_s,
            u"CREATE TABLE text (report INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE, "
            u"part TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (report, part)) WITHOUT ROWID"_s,
            u"CREATE TABLE history (id INTEGER PRIMARY KEY, report INTEGER NOT NULL REFERENCES "
            u"report(id) ON DELETE CASCADE, target TEXT NOT NULL, old TEXT, new TEXT, "
            u"at TEXT NOT NULL, user TEXT NOT NULL)"_s,
            u"CREATE INDEX history_target ON history (report, target)"_s,
        },
    };
    return steps;
}

// A cell value as one text: "" not filled, "/" , "-", "?原文" unreadable, else the number.
QString encode(const CellValue& v) {
    switch (v.state) {
    case CellState::Empty:
        return {};
    case CellState::Number:
        return v.number.toString();
    case CellState::NotApplicable:
        return u"/"_s;
    case CellState::Dash:
        return u"-"_s;
    case CellState::Unreadable:
        return u'?' + v.text;
    }
    return {};
}

std::optional<CellValue> decode(const QString& s) {
    if (s.isEmpty())
        return CellValue::empty();
    if (s == u"/")
        return CellValue::notApplicable();
    if (s == u"-")
        return CellValue::dash();
    if (s.startsWith(u'?'))
        return CellValue::unreadable(s.mid(1));
    if (const auto d = Decimal::parse(s))
        return CellValue::of(*d);
    return std::nullopt;
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString osUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"?"_s : user;
}

bool exec(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Commits on success, rolls back otherwise: one change, one transaction.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction()) {}
    ~Transaction() {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit() {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

ReportStore::ReportStore(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path)) {}

ReportStore::~ReportStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<ReportStore> ReportStore::open(const QString& path, QString* error) {
    auto failWith = [&](const QString& message) -> std::unique_ptr<ReportStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return failWith(tr("%1 is a folder, not a database").arg(path));
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return failWith(tr("%1 is not a Nianbao database (not an SQLite file); it was left "
                               "untouched")
                                .arg(path));
    }
    const QString connection =
        u"nianbao-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ReportStore> store(new ReportStore(connection, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    if (!db.open())
        return failWith(tr("%1 cannot be opened: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(u"PRAGMA quick_check"_s);
    if (!q.exec() || !q.next() || q.value(0).toString() != u"ok")
        return failWith(
            tr("%1 is damaged (SQLite quick check failed); it was left untouched").arg(path));
    q.finish();
    if (!store->migrate(error))
        return nullptr;
    return store;
}

bool ReportStore::migrate(QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"PRAGMA user_version"_s);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("cannot read the version of %1").arg(m_path);
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish(); // an unfinished statement holds a read transaction: no WAL switch then
    if (version > kSchemaVersion) {
        if (error)
            *error = tr("%1 was written by a newer version of Nianbao (database version %2; this "
                        "version reads up to %3). Update Nianbao; the file was left untouched.")
                         .arg(m_path)
                         .arg(version)
                         .arg(kSchemaVersion);
        return false;
    }
    for (const char16_t* pragma :
         {u"PRAGMA journal_mode=WAL", u"PRAGMA synchronous=FULL", u"PRAGMA foreign_keys=ON"}) {
        QSqlQuery p(db);
        p.prepare(QString::fromUtf16(pragma));
        if (!exec(p, error))
            return false;
    }
    if (version == kSchemaVersion)
        return true;
    if (version > 0) {
        // Keep the file as it was before any migration touches it.
        QSqlQuery checkpoint(db);
        checkpoint.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        checkpoint.exec();
        const QString backup = m_path + u".before-v%1.bak"_s.arg(kSchemaVersion);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            if (error)
                *error = tr("cannot back up %1 before upgrading it").arg(m_path);
            return false;
        }
    }
    Transaction transaction(db);
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString& statement : migrations()[v]) {
            QSqlQuery m(db);
            m.prepare(statement);
            if (!exec(m, error))
                return false;
        }
    }
    QSqlQuery set(db);
    set.prepare(u"PRAGMA user_version=%1"_s.arg(kSchemaVersion));
    if (!exec(set, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

std::optional<qint64> ReportStore::create(const Report& report, QString* error) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO report (form, agency, year, level, created, modified) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QString time = now();
    q.addBindValue(report.form().id());
    q.addBindValue(report.agency);
    q.addBindValue(report.year);
    q.addBindValue(agencyLevelCode(report.level));
    q.addBindValue(time);
    q.addBindValue(time);
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery cell(db);
    cell.prepare(u"INSERT INTO cell (report, cell, value) VALUES (?, ?, ?)"_s);
    for (const auto& c : report.form().cells()) {
        const CellValue& v = report.value(c.ref);
        if (v.isEmpty())
            continue;
        cell.addBindValue(id);
        cell.addBindValue(c.id);
        cell.addBindValue(encode(v));
        if (!exec(cell, error))
            return std::nullopt;
    }
    QSqlQuery text(db);
    text.prepare(u"INSERT INTO text (report, part, body) VALUES (?, ?, ?)"_s);
    for (size_t i = 0; i < report.form().texts().size(); ++i) {
        if (report.text(static_cast<int>(i)).isEmpty())
            continue;
        text.addBindValue(id);
        text.addBindValue(report.form().texts()[i].id);
        text.addBindValue(report.text(static_cast<int>(i)));
        if (!exec(text, error))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return std::nullopt;
    }
    return id;
}

std::vector<StoredReportInfo> ReportStore::list() const {
    std::vector<StoredReportInfo> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT id, agency, year, status, modified FROM report ORDER BY agency, year"_s);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                       q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

std::optional<Report> ReportStore::load(qint64 id, QString* error) const {
    auto failWith = [&](const QString& message) -> std::optional<Report> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"SELECT form, agency, year, level FROM report WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failWith(tr("no report %1 in %2").arg(id).arg(m_path));
    auto form = FormDefinition::builtIn(q.value(0).toString());
    if (!form)
        return failWith(
            tr("report %1 uses the unknown form \"%2\"").arg(id).arg(q.value(0).toString()));
    Report report(form);
    report.agency = q.value(1).toString();
    report.year = q.value(2).toInt();
    report.level = agencyLevelFromCode(q.value(3).toString()).value_or(AgencyLevel::Unknown);
    QSqlQuery cells(db);
    cells.prepare(u"SELECT cell, value FROM cell WHERE report = ?"_s);
    cells.addBindValue(id);
    if (!cells.exec())
        return failWith(cells.lastError().text());
    while (cells.next()) {
        const auto ref = form->findCell(cells.value(0).toString());
        const auto value = decode(cells.value(1).toString());
        if (!ref || !value)
            return failWith(tr("report %1 holds an unreadable cell \"%2\"")
                                .arg(id)
                                .arg(cells.value(0).toString()));
        report.setValue(*ref, *value);
    }
    QSqlQuery texts(db);
    texts.prepare(u"SELECT part, body FROM text WHERE report = ?"_s);
    texts.addBindValue(id);
    if (!texts.exec())
        return failWith(texts.lastError().text());
    while (texts.next()) {
        const int index = form->findText(texts.value(0).toString());
        if (index >= 0)
            report.setText(index, texts.value(1).toString());
    }
    return report;
}

bool ReportStore::setCellValue(qint64 id, CellRef cell, const CellValue& value, QString* error) {
    const auto current = load(id, error);
    if (!current)
        return false;
    const QString cellId = current->form().cell(cell).id;
    const QString oldValue = encode(current->value(cell));
    const QString newValue = encode(value);
    if (oldValue == newValue)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q(db);
    if (newValue.isEmpty()) {
        q.prepare(u"DELETE FROM cell WHERE report = ? AND cell = ?"_s);
        q.addBindValue(id);
        q.addBindValue(cellId);
    } else {
        q.prepare(u"INSERT INTO cell (report, cell, value) VALUES (?, ?, ?) "
                  u"ON CONFLICT (report, cell) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(id);
        q.addBindValue(cellId);
        q.addBindValue(newValue);
    }
    QSqlQuery h(db);
    h.prepare(
        u"INSERT INTO history (report, target, old, new, at, user) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QString time = now();
    h.addBindValue(id);
    h.addBindValue(cellId);
    h.addBindValue(oldValue);
    h.addBindValue(newValue);
    h.addBindValue(time);
    h.addBindValue(osUser());
    QSqlQuery m(db);
    m.prepare(u"UPDATE report SET modified = ? WHERE id = ?"_s);
    m.addBindValue(time);
    m.addBindValue(id);
    if (!exec(q, error) || !exec(h, error) || !exec(m, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool ReportStore::setText(qint64 id, int text, const QString& body, QString* error) {
    const auto current = load(id, error);
    if (!current)
        return false;
    const QString partId = current->form().texts()[text].id;
    const QString oldBody = current->text(text);
    if (oldBody == body)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    QSqlQuery q(db);
    if (body.isEmpty()) {
        q.prepare(u"DELETE FROM text WHERE report = ? AND part = ?"_s);
        q.addBindValue(id);
        q.addBindValue(partId);
    } else {
        q.prepare(u"INSERT INTO text (report, part, body) VALUES (?, ?, ?) "
                  u"ON CONFLICT (report, part) DO UPDATE SET body = excluded.body"_s);
        q.addBindValue(id);
        q.addBindValue(partId);
        q.addBindValue(body);
    }
    QSqlQuery h(db);
    h.prepare(
        u"INSERT INTO history (report, target, old, new, at, user) VALUES (?, ?, ?, ?, ?, ?)"_s);
    h.addBindValue(id);
    h.addBindValue(partId);
    h.addBindValue(oldBody);
    h.addBindValue(body);
    h.addBindValue(now());
    h.addBindValue(osUser());
    if (!exec(q, error) || !exec(h, error))
        return false;
    return transaction.commit();
}

std::vector<HistoryEntry> ReportStore::history(qint64 id, const QString& target) const {
    std::vector<HistoryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        u"SELECT target, old, new, at, user FROM history WHERE report = ? AND target = ? ORDER BY id"_s);
    q.addBindValue(id);
    q.addBindValue(target);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                       q.value(4).toString()});
    }
    return out;
}

} // namespace nianbao
