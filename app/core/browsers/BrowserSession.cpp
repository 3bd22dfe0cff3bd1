#include "BrowserSession.h"

#include "ChromiumCookieStore.h"
#include "CookieDatabaseCopy.h"
#include "CookieSelection.h"
#include "FirefoxCookieStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Takeout {

QString BrowserSession::sourceOf(const BrowserProfile &profile)
{
    return tr("%1 (profile %2)").arg(BrowserInfo::displayName(profile.browser), profile.displayName());
}

QString BrowserSession::source() const
{
    return sourceOf(m_profile);
}

BrowserSession BrowserSession::read(const BrowserProfile &profile, const QUrl &url)
{
    BrowserSession session;
    session.m_profile = profile;
    const QString browser = BrowserInfo::displayName(profile.browser);
    QList<BrowserCookie> cookies;
    ChromiumCookieStore::Rows rows;
    Failure error;
    {
        CookieDatabaseCopy copy;
        error = copy.open(profile.cookieDatabase);
        const QStringList domains = CookieSelection::storedDomainsFor(url.host());
        if (!error) {
            error = profile.browser == Browser::Firefox
                        ? FirefoxCookieStore::read(copy.database(), domains, &cookies)
                        : ChromiumCookieStore::readRows(copy.database(), domains, &rows);
        }
    } // the copy is gone here, before the keyring is asked (that may wait on an unlock prompt)
    if (!error && profile.browser != Browser::Firefox)
        error = ChromiumCookieStore::decrypt(&rows, profile.browser, &cookies);
    if (error.kind() == Failure::Kind::BrowserStoreUnreadable) {
        error
            .setMessage(tr("The cookie store of %1 could not be read: it is damaged or not a browser's "
                           "cookie store.")
                            .arg(sourceOf(profile)))
            .setDetail(error.detail());
    }
    if (error) {
        for (BrowserCookie &cookie : cookies)
            cookie.value.fill('\0');
        session.m_error = error;
        return session;
    }
    const QList<BrowserCookie> selected = CookieSelection::select(cookies, url, QDateTime::currentMSecsSinceEpoch());
    session.m_cookieHeader = CookieSelection::header(selected);
    for (BrowserCookie &cookie : cookies)
        cookie.value.fill('\0');
    if (session.m_cookieHeader.isEmpty()) {
        session.m_error =
            Failure(Failure::Kind::NoBrowserSession,
                    QStringLiteral("%1: %2 stored cookie(s) for %3, none sent to %4")
                        .arg(profile.cookieDatabase)
                        .arg(cookies.size())
                        .arg(url.host(), url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)))
                .setMessage(tr("%1 has no Agentbot sign-in for %2. Sign in there, then press the button again.")
                                .arg(browser, url.host()));
    }
    return session;
}

bool BrowserSession::holdsCookies(const BrowserProfile &profile, const QUrl &url)
{
    CookieDatabaseCopy copy;
    if (copy.open(profile.cookieDatabase))
        return false;
    const QStringList domains = CookieSelection::storedDomainsFor(url.host());
    QStringList placeholders;
    for (qsizetype i = 0; i < domains.size(); ++i)
        placeholders << QStringLiteral("?");
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(copy.database());
    // Firefox's expiry is in seconds or milliseconds: either is larger than now in seconds while valid.
    const QString sql =
        profile.browser == Browser::Firefox
            ? QStringLiteral("SELECT COUNT(*) FROM moz_cookies WHERE host IN (%1) AND expiry > %2")
                  .arg(placeholders.join(QLatin1Char(',')))
                  .arg(nowSeconds)
            : QStringLiteral("SELECT COUNT(*) FROM cookies WHERE host_key IN (%1) AND (expires_utc = 0 OR "
                             "expires_utc > %2)%3")
                  .arg(placeholders.join(QLatin1Char(',')))
                  .arg(ChromiumCookieStore::unixUsToChromiumTime(nowSeconds * 1000 * 1000))
                  .arg(ChromiumCookieStore::unpartitioned(copy.database().record(QStringLiteral("cookies"))));
    if (!query.prepare(sql))
        return false;
    for (const QString &domain : domains)
        query.addBindValue(domain);
    return query.exec() && query.next() && query.value(0).toLongLong() > 0;
}

BrowserSession BrowserSession::find(const QList<BrowserProfile> &profiles, const QUrl &url, const QString &browserName)
{
    if (profiles.isEmpty()) {
        BrowserSession none;
        none.m_error = Failure(Failure::Kind::BrowserNotFound,
                               QStringLiteral("no cookie database found for %1")
                                   .arg(browserName.isEmpty() ? QStringLiteral("any browser") : browserName));
        if (!browserName.isEmpty())
            none.m_error.setMessage(
                tr("%1 was not found on this computer (no profile with cookies).").arg(browserName));
        return none;
    }
    BrowserSession first;
    bool haveFailure = false;
    QStringList tried;
    for (const BrowserProfile &profile : profiles) {
        BrowserSession session = read(profile, url);
        if (!session.m_error)
            return session;
        tried << session.m_error.detail();
        if (session.m_error.kind() != Failure::Kind::NoBrowserSession && !haveFailure) {
            first = session;
            haveFailure = true;
        } else if (tried.size() == 1) {
            first = session;
        }
    }
    if (!haveFailure) {
        first.m_error.setDetail(tried.join(QLatin1Char('\n')));
        if (browserName.isEmpty() && profiles.size() > 1) {
            first.m_error.setMessage(tr("No browser on this computer has an Agentbot sign-in for %1. Sign in there, "
                                        "then press the button again.")
                                         .arg(url.host()));
        }
    }
    return first;
}

} // namespace Takeout
