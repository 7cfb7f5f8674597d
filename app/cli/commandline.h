#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class QCoreApplication;

namespace nianbao {

// Exit statuses shared by every subcommand (shared/spec/exchange-format.md).
enum ExitStatus : int {
    ExitClean = 0,    // no errors (warnings allowed)
    ExitFindings = 1, // errors found
    ExitBadInput = 2, // unreadable or invalid input, bad usage
};

// What `nianbao ARGUMENT …` starts: the editor (not a command), a command, or a command that
// renders pages and so needs fonts (a QGuiApplication, though never a display).
enum class CommandKind { Editor, Text, Rendering };
// `arguments` without the program's name.
CommandKind commandKind(const QStringList& arguments);

// Runs `nianbao ARGS…` without a display; `arguments` includes the program name.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runCommandLine(const QStringList& arguments);

QString versionText();

// Simplified Chinese for a Chinese `language` (or, if empty, a Chinese system locale);
// English otherwise. Qt's own strings (standard buttons) follow.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace nianbao
