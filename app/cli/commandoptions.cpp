#include "app/cli/commandoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::CommandLine)
};

QString spelled(const QString& name) {
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

} // namespace

QCommandLineOption flagOption(const QStringList& names) {
    return QCommandLineOption(names);
}

QCommandLineOption valueOption(const QStringList& names, const QString& valueName) {
    return QCommandLineOption(names, QString(), valueName);
}

CommandOptions::CommandOptions(const QList<QCommandLineOption>& options)
    : m_options(options) {
    // "--db PATH" and "--db=PATH" as before; "-o FILE" a short option; "-" alone a file name.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions(options);
}

bool CommandOptions::parse(const QStringList& args, QString* error) {
    if (m_parser.parse(QStringList{u"nianbao"_s} + args))
        return true;
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        *error = Tr::tr("unknown option \"%1\"").arg(spelled(unknown.first()));
        return false;
    }
    // QCommandLineParser takes the next argument as an option's value whatever it is, so a
    // value can only be missing after the last argument.
    const QString last = args.isEmpty() ? QString() : args.last();
    for (const QCommandLineOption& option : std::as_const(m_options)) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString& name : option.names()) {
            if (last == spelled(name)) {
                *error = Tr::tr("%1 needs a value").arg(last);
                return false;
            }
        }
    }
    *error = m_parser.errorText();
    return false;
}

std::optional<int> CommandOptions::number(const QString& name, int min, int max,
                                          QString* error) const {
    const QString text = value(name);
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    *error = Tr::tr("%1 needs a number from %2 to %3, not \"%4\"")
                 .arg(spelled(name))
                 .arg(min)
                 .arg(max)
                 .arg(text);
    return std::nullopt;
}

} // namespace nianbao
