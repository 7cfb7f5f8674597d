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
// Where the module may be: NIANBAO_MODULE_DIR alone when set (packagers, tests); otherwise
// beside the installed program, then in the build tree for programs run from there.
QStringList moduleFolders() {
    const QString chosen = qEnvironmentVariable("NIANBAO_MODULE_DIR");
    if (!chosen.isEmpty())
        return {chosen};
    QStringList folders;
    if (QCoreApplication::instance())
        folders << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                   u"/" NIANBAO_MODULE_DIR_FROM_BINDIR ""_s);
    folders << QStringLiteral(NIANBAO_MODULE_BUILD_DIR);
    return folders;
}

struct LoadedModule {
    QLibrary library;
    QString error;

    LoadedModule() {
        const QString name = QStringLiteral(NIANBAO_PDF_MODULE_FILE);
        const QStringList folders = moduleFolders();
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
