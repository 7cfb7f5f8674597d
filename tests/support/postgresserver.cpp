#include "tests/support/postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nianbao::test {

namespace {

// Debian's own programs: /usr/local/bin may hold wrappers of the same names.
QString findBinaries() {
    if (const QString chosen = qEnvironmentVariable("NIANBAO_POSTGRESQL_BIN"); !chosen.isEmpty())
        return chosen;
    QDir versions(u"/usr/lib/postgresql"_s);
    QStringList candidates = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // 15 first (the version the project supports and CI installs), then the newest.
    std::sort(candidates.begin(), candidates.end(), [](const QString& a, const QString& b) {
        if ((a == u"15") != (b == u"15"))
            return a == u"15";
        return a.toInt() > b.toInt();
    });
    for (const QString& version : candidates) {
        const QString bin = versions.filePath(version + u"/bin"_s);
        if (QFileInfo(bin + u"/initdb"_s).isExecutable() &&
            QFileInfo(bin + u"/pg_ctl"_s).isExecutable())
            return bin;
    }
    return {};
}

// A port of 127.0.0.1 that nothing listens on now.
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool runningAsRoot() {
    return ::geteuid() == 0;
}

// initdb refuses root: the server runs as nobody when the tests run as root.
const passwd* serverAccount() {
    return runningAsRoot() ? ::getpwnam("nobody") : nullptr;
}

} // namespace

bool PostgresServer::required() {
    return qEnvironmentVariable("NIANBAO_REQUIRE_POSTGRESQL") == u"1";
}

PostgresServer* PostgresServer::shared(QString* whyNot) {
    static std::unique_ptr<PostgresServer> server;
    static QString failure;
    if (!server && failure.isEmpty()) {
        std::unique_ptr<PostgresServer> starting(new PostgresServer);
        if (starting->initialise(&failure))
            server = std::move(starting);
        else if (failure.isEmpty())
            failure = u"PostgreSQL did not start"_s;
    }
    if (!server && whyNot)
        *whyNot = failure;
    return server.get();
}

bool PostgresServer::runAsServerUser(const QStringList& command, QString* output) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (runningAsRoot()) {
        arguments =
            QStringList{u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, program} +
            arguments;
        program = u"setpriv"_s;
    }
    process.setWorkingDirectory(m_folder->path());
    process.start(program, arguments);
    // initdb of an empty cluster takes seconds; a minute means something is wrong.
    const bool finished = process.waitForFinished(60'000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::initialise(QString* error) {
    m_binaries = findBinaries();
    if (m_binaries.isEmpty()) {
        *error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; Debian's "
                 u"package: postgresql)"_s;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"Qt's PostgreSQL driver is not installed (Debian's package: libqt6sql6-psql)"_s;
        return false;
    }
    // Under /tmp: the socket's path must stay short (about 100 bytes).
    m_folder = std::make_unique<QTemporaryDir>(u"/tmp/nianbao-pg-XXXXXX"_s);
    if (!m_folder->isValid()) {
        *error = u"cannot create a temporary folder for PostgreSQL"_s;
        return false;
    }
    if (const passwd* account = serverAccount()) {
        if (::chown(QFile::encodeName(m_folder->path()).constData(), account->pw_uid,
                    account->pw_gid) != 0) {
            *error = u"cannot give the temporary folder to the user nobody"_s;
            return false;
        }
    } else if (runningAsRoot()) {
        *error = u"running as root, and there is no user nobody to run PostgreSQL"_s;
        return false;
    }
    QString output;
    // --no-sync: only initdb's own files are not synced; the server keeps fsync on.
    if (!runAsServerUser({m_binaries + u"/initdb"_s, u"-D"_s, m_folder->filePath(u"data"_s),
                          u"-U"_s, u"nianbao"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
                          u"--locale=C.UTF-8"_s, u"--no-sync"_s},
                         &output)) {
        *error = u"initdb failed: "_s + output;
        return false;
    }
    // Passwords for the members of kPasswordRole over TCP (the tests of asking for one and of
    // ~/.pgpass); the rest as initdb set it (trust).
    {
        QFile hba(m_folder->filePath(u"data/pg_hba.conf"_s));
        if (!hba.open(QIODevice::ReadOnly)) {
            *error = u"cannot read pg_hba.conf"_s;
            return false;
        }
        const QByteArray rest = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = u"cannot write pg_hba.conf"_s;
            return false;
        }
        hba.write("host all +" + QString::fromUtf16(kPasswordRole).toUtf8() +
                  " 127.0.0.1/32 scram-sha-256\n" + rest);
    }
    m_port = freePort();
    if (!start(error))
        return false;
    if (!sql(u"postgres"_s, u"CREATE ROLE %1 NOLOGIN"_s.arg(QString::fromUtf16(kPasswordRole)),
             error))
        return false;
    // The watchdog: stops the server if this program dies without its destructor running.
    const QString stopCommand =
        (runningAsRoot() ? u"setpriv --reuid=nobody --regid=nogroup --clear-groups "_s
                         : QString()) +
        u"'%1/pg_ctl' -D '%2' -m immediate stop"_s.arg(m_binaries, m_folder->filePath(u"data"_s));
    const QString script =
        u"while kill -0 %1 2>/dev/null; do sleep 1; done; %2 >/dev/null 2>&1; "
        u"rm -rf '%3'"_s.arg(QString::number(::getpid()), stopCommand, m_folder->path());
    QProcess::startDetached(u"sh"_s, {u"-c"_s, script}, QString(), &m_watchdog);
    return true;
}

PostgresServer::~PostgresServer() {
    if (m_running)
        stop(u"immediate", nullptr);
    // The watchdog removes the folder once this program has gone: deleting every test's
    // database took 8 s of the program's end on a busy disk.
    if (m_watchdog > 0)
        m_folder->setAutoRemove(false);
}

QString PostgresServer::socketFolder() const {
    return m_folder->path();
}

bool PostgresServer::start(QString* error) {
    QString output;
    const QString options = u"-c listen_addresses=127.0.0.1 -p %1 -k %2 -c max_connections=60 "
                            u"-c shared_buffers=16MB -c fsync=on"_s.arg(m_port)
                                .arg(m_folder->path());
    if (!runAsServerUser({m_binaries + u"/pg_ctl"_s, u"-D"_s, m_folder->filePath(u"data"_s),
                          u"-l"_s, m_folder->filePath(u"server.log"_s), u"-w"_s, u"-t"_s, u"60"_s,
                          u"-o"_s, options, u"start"_s},
                         &output)) {
        if (error)
            *error = u"PostgreSQL did not start: "_s + output;
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop(const char16_t* mode, QString* error) {
    QString output;
    const bool stopped =
        runAsServerUser({m_binaries + u"/pg_ctl"_s, u"-D"_s, m_folder->filePath(u"data"_s), u"-m"_s,
                         QString::fromUtf16(mode), u"-w"_s, u"stop"_s},
                        &output);
    if (!stopped && error)
        *error = u"PostgreSQL did not stop: "_s + output;
    if (stopped)
        m_running = false;
    return stopped;
}

PostgresServer::Result PostgresServer::run(const QString& database, const QString& statement,
                                           const QString& role) const {
    Result result;
    const QString connection = u"nianbao-test-sql-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_folder->path());
        db.setPort(m_port);
        db.setUserName(role);
        db.setDatabaseName(database);
        if (!db.open()) {
            result.error = u"cannot connect: "_s + db.lastError().text();
        } else {
            QSqlQuery q(db);
            result.ok = q.exec(statement);
            if (!result.ok)
                result.error = q.lastError().text();
            else if (q.isSelect() && q.next())
                result.value = q.value(0).toString();
            else if (!q.isSelect())
                result.value = QString::number(q.numRowsAffected());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

bool PostgresServer::sql(const QString& database, const QString& statement, QString* error) const {
    const Result result = run(database, statement);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

QString PostgresServer::databaseOf(const QString& url) {
    return url.section(u'/', 3).section(u'?', 0, 0);
}

QString PostgresServer::createDatabase(QString* error) {
    const QString name = u"test_%1"_s.arg(++m_databases);
    if (!sql(u"postgres"_s, u"CREATE DATABASE %1 TEMPLATE template0"_s.arg(name), error))
        return {};
    return url(name);
}

QString PostgresServer::url(const QString& database) const {
    return u"postgresql://nianbao@/%1?host=%2&port=%3"_s.arg(database, m_folder->path())
        .arg(m_port);
}

QString PostgresServer::tcpUrl(const QString& database) const {
    return u"postgresql://nianbao@127.0.0.1:%1/%2"_s.arg(m_port).arg(database);
}

} // namespace nianbao::test
