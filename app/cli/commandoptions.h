#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

// The options of one command, parsed by QCommandLineParser, with the errors said the way every
// command says them (`unknown option "--x"`, `--x needs a value`) so that a clerk's typo gets
// the same message, in the same language, whichever command it was made in.
class CommandOptions {
public:
    explicit CommandOptions(const QList<QCommandLineOption>& options);

    // ARGS without the program's and the command's names. False, with `error` set, for an
    // unknown option or an option missing its value.
    bool parse(const QStringList& args, QString* error);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // The value as a whole number from `min` to `max`; nullopt (and `error`) otherwise.
    std::optional<int> number(const QString& name, int min, int max, QString* error) const;

private:
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
};

// Shorthands for the option tables of the commands.
QCommandLineOption flagOption(const QStringList& names);
QCommandLineOption valueOption(const QStringList& names, const QString& valueName);

} // namespace nianbao
