#include "app/cli/passwordprompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)
};

} // namespace

std::function<QString(const QString& address)> terminalPasswordPrompt() {
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return {};
    return [](const QString& address) {
        std::fputs(qPrintable(Tr::tr("Password for %1: ").arg(address)), stderr);
        std::fflush(stderr);
        termios saved{};
        const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (quiet) {
            termios silent = saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        // One line, of bounded length; the buffer is cleared after use.
        char line[1024] = {};
        const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
        if (quiet)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
        QString password = read ? QString::fromLocal8Bit(line) : QString();
        std::memset(line, 0, sizeof line);
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        return password;
    };
#else
    return {};
#endif
}

} // namespace nianbao
