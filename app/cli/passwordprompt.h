#pragma once

#include <QString>

#include <functional>

namespace nianbao {

// For ReportStore::Options::askPassword: a store on a server that wants a password not found
// in libpq's ~/.pgpass (or PGPASSFILE, or a service file) asks for it on the terminal, without
// echo, when the command runs on one; a script gets no prompt (an empty function).
std::function<QString(const QString& address)> terminalPasswordPrompt();

} // namespace nianbao
