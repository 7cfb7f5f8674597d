#include "model/pdf/pdfmodule.h"

#include "model/pdf/pdfmodule_symbols.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace nianbao::pdfmodule {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::pdfmodule)
};

#ifndef NIANBAO_PDF_MODULE_BUILTIN
QString programFolder() {
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(u"/proc/self/exe"_s).canonicalPath();
}

struct LoadedModule {
    QLibrary library;
    QString error;

    LoadedModule() {
        const QString name = QStringLiteral(NIANBAO_PDF_MODULE_FILE);
        const QStringList folders =
            searchFolders(programFolder(), qEnvironmentVariable("NIANBAO_MODULE_DIR"));
        for (const QString& folder : folders) {
            const QString path = QDir(folder).filePath(name);
            if (!QFileInfo::exists(path))
                continue;
            library.setFileName(path);
            if (library.load())
                return;
            error = Tr::tr("The PDF module %1 could not be loaded: %2")
                        .arg(QDir::toNativeSeparators(path), library.errorString());
            return;
        }
        QStringList shown;
        for (const QString& folder : folders)
            shown << QDir::toNativeSeparators(folder);
        error = Tr::tr("The PDF module %1 is missing (looked in %2). Reinstall Nianbao.")
                    .arg(name, shown.join(u", "_s));
    }
};

QFunctionPointer resolve(const char* symbol, QString* error) {
    static LoadedModule module; // loaded once, kept until the process ends
    if (!module.library.isLoaded()) {
        if (error)
            *error = module.error;
        return nullptr;
    }
    QFunctionPointer function = module.library.resolve(symbol);
    if (!function && error)
        *error = Tr::tr("The PDF module %1 lacks %2: %3")
                     .arg(QDir::toNativeSeparators(module.library.fileName()),
                          QString::fromLatin1(symbol), module.library.errorString());
    return function;
}
#endif

} // namespace

QStringList searchFolders(const QString& programFolder, const QString& chosen) {
    if (!chosen.isEmpty())
        return {chosen};
#ifdef NIANBAO_PDF_MODULE_BUILTIN
    (void)programFolder;
    return {};
#else
    QStringList folders{QDir::cleanPath(programFolder + u"/" NIANBAO_MODULE_DIR_FROM_BINDIR ""_s)};
    // Canonical paths, as the program's folder comes from /proc/self/exe.
    const QString buildTree = QFileInfo(QStringLiteral(NIANBAO_BUILD_TREE)).canonicalFilePath();
    const QString program = QDir::cleanPath(programFolder);
    if (!buildTree.isEmpty() && (program == buildTree || program.startsWith(buildTree + u'/')))
        folders << buildTree + u"/modules"_s;
    return folders;
#endif
}

FinishFunction finishFunction(QString* error) {
#ifdef NIANBAO_PDF_MODULE_BUILTIN
    (void)error;
    return &nianbao_pdf_finish;
#else
    return reinterpret_cast<FinishFunction>(resolve("nianbao_pdf_finish", error));
#endif
}

TextFunction textFunction(QString* error) {
#ifdef NIANBAO_PDF_MODULE_BUILTIN
#ifdef NIANBAO_HAVE_POPPLER
    (void)error;
    return &nianbao_pdf_text;
#else
    if (error)
        *error = Tr::tr("This build reads no PDF files.");
    return nullptr;
#endif
#else
    return reinterpret_cast<TextFunction>(resolve("nianbao_pdf_text", error));
#endif
}

} // namespace nianbao::pdfmodule
