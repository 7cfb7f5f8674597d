#pragma once

#include <QString>

#include <functional>
#include <memory>

class QApplication;

namespace nianbao {

class ReportStore;

// Opens the store at `path`. When it cannot be opened — damaged, or missing or emptied while
// backups with reports exist — and a backup is there and nobody else has the store, `ask`
// (the question shown to the clerk) decides whether the newest good backup is put in its place.
std::unique_ptr<ReportStore>
openStoreOfferingRestore(const QString& path,
                         const std::function<bool(const QString& question)>& ask, QString* error);

// Sets the interface language (--lang, else the system locale: Chinese → Simplified Chinese,
// otherwise English) and fonts with Chinese glyphs, whatever the machine's defaults.
void prepareGuiApplication(QApplication& app, const char* forcedLanguage);

// `nianbao [--db PATH] [--lang zh_CN|en] [FILE.nianbao.json]`: the editor.
int runGui(int argc, char* argv[]);

} // namespace nianbao
