#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Takeout {

namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // QTranslator::load(QLocale, …) tries each of the locale's UI languages in turn (de_AT, de, …).
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    // The "C" locale (LANG=C) reads as English, so that the English plural forms apply.
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    // Qt's own strings first, so that the app's translation wins where both have the same text.
    load(effective, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return load(effective, QStringLiteral("agent-takeout"), QStringLiteral(":/i18n"));
}

} // namespace Takeout
