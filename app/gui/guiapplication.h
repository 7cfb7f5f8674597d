#pragma once

class QApplication;

namespace nianbao {

// Sets the interface language (--lang, else the system locale: Chinese → Simplified Chinese,
// otherwise English) and fonts with Chinese glyphs, whatever the machine's defaults.
void prepareGuiApplication(QApplication& app, const char* forcedLanguage);

// `nianbao [--db PATH] [--lang zh_CN|en] [FILE.nianbao.json]`: the editor.
int runGui(int argc, char* argv[]);

} // namespace nianbao
