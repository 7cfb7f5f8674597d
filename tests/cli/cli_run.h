#pragma once

#include "app/cli/commandline.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace nianbao::test {

struct CliOutput {
    int status = -1;
    QString out;
    QString err;
};

// `nianbao ARGS…` in process, with its output captured.
inline CliOutput runNianbao(QStringList args) {
    CliOutput o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    args.prepend(QStringLiteral("nianbao"));
    o.status = runCommandLine(args, out, err);
    out.flush();
    err.flush();
    return o;
}

} // namespace nianbao::test
