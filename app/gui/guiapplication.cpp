#include "app/gui/guiapplication.h"

#include "app/cli/commandline.h"
#include "app/gui/firstpaintprobe.h"
#include "app/gui/mainwindow.h"
#include "app/gui/startupstyle.h"
#include "model/storage/backupschedule.h"
#include "model/storage/reportstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace nianbao {

void prepareGuiApplication(QApplication& app, const char* forcedLanguage) {
    QApplication::setStyle(new StartupStyle); // the platform's style (see startupstyle.h)
    QApplication::setApplicationName(u"nianbao"_s);
    QApplication::setOrganizationName(u"Nianbao"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("nianbao", "Nianbao"));
    installTranslations(app, forcedLanguage ? QString::fromLatin1(forcedLanguage) : QString());
    // Windows office PCs have YaHei; UOS, Kylin and Debian have Noto or WenQuanYi. The first
    // one installed is given as the family itself: with a list whose first family is missing,
    // Qt searched the fallback fonts for the Chinese characters, a third of the start-up.
    static const char16_t* const preferred[] = {u"Microsoft YaHei", u"Noto Sans CJK SC",
                                                u"WenQuanYi Micro Hei", u"Source Han Sans SC",
                                                u"SimSun"};
    // families(), not hasFamily(): asking for a missing family has fontconfig resolve it as
    // an alias, 30 M instructions for "Microsoft YaHei" on Linux.
    const QStringList installed = QFontDatabase::families();
    for (const char16_t* family : preferred) {
        if (installed.contains(QString::fromUtf16(family), Qt::CaseInsensitive)) {
            QFont font = QApplication::font();
            font.setFamilies({QString::fromUtf16(family)});
            QApplication::setFont(font);
            break;
        }
    }
}

std::unique_ptr<ReportStore>
openStoreOfferingRestore(const QString& path,
                         const std::function<bool(const QString& question)>& ask, QString* error) {
    ReportStore::Options options;
    // A store on a server whose password is not in libpq's ~/.pgpass: asked, kept in memory
    // for reconnecting, never written.
    options.askPassword = [](const QString& address) {
        return QInputDialog::getText(
            nullptr, QApplication::translate("nianbao", "Password"),
            QApplication::translate("nianbao", "The password for %1:").arg(address),
            QLineEdit::Password);
    };
    auto store = ReportStore::open(path, options, error);
    // Offered for a missing or emptied store as well as a damaged one (see ReportStore::open).
    if (!store && !ReportStore::backups(path).isEmpty() && !ReportStore::isInUse(path) &&
        ask(*error + u"\n\n"_s +
            QApplication::translate("nianbao", "Restore the most recent backup? The damaged "
                                               "file is kept beside it."))) {
        if (ReportStore::restoreLatestBackup(path, error))
            store = ReportStore::open(path, options, error);
    }
    return store;
}

int runGui(int argc, char* argv[]) {
    const char* forcedLanguage = nullptr;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            forcedLanguage = argv[i + 1];
    }
    QApplication app(argc, argv);
    prepareGuiApplication(app, forcedLanguage);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QApplication::translate("nianbao", "The store to use."), u"PATH"_s});
    parser.addOption(
        {u"lang"_s, QApplication::translate("nianbao", "Interface language."), u"LANGUAGE"_s});
    parser.addPositionalArgument(u"file"_s,
                                 QApplication::translate("nianbao", "A report file to open."));
    parser.process(app);

    const QString path = ReportStore::resolvePath(parser.value(u"db"_s));
    QString error;
    auto store = openStoreOfferingRestore(
        path,
        [](const QString& question) {
            return QMessageBox::question(nullptr, QApplication::translate("nianbao", "Nianbao"),
                                         question) == QMessageBox::Yes;
        },
        &error);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("nianbao", "Nianbao"), error);
        return 2;
    }
    if (store && store->isNew())
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("nianbao", "New database %1").arg(path)));
    ReportStore* storeInUse = store.get();
    MainWindow window(std::move(store));
    const BackupSchedule backups(storeInUse);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        if (!window.importFile(files.front(), &error))
            QMessageBox::warning(&window, QApplication::translate("nianbao", "Nianbao"), error);
    } else {
        window.reopenLast();
    }
    FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}

} // namespace nianbao
