#pragma once

#include "app/cli/registerarguments.h"
#include "model/render/registerprint.h"

#include <QTextStream>

namespace nianbao {

// `nianbao register print --agency A [--year Y] -o FILE.pdf [--with-personal-data [--mask]]`:
// the printed register (登记表) as PDF, through the renderer the window prints with.
int runRegisterPrint(ReportStore& store, const RegisterArguments& args, QTextStream& out,
                     QTextStream& err);

// The printed register's options from the arguments, shared with the window's dialog; nullopt
// with the reason for a missing agency, a bad year or --mask without --with-personal-data.
std::optional<RegisterPrintOptions> registerPrintOptions(const RegisterArguments& args,
                                                         QString* error);

} // namespace nianbao
