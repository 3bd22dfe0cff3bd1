#include "ServiceAccount.h"

namespace Takeout {

QString ServiceAccount::key() const
{
    return serviceId(service) + QLatin1Char(':') + server.url().toString(QUrl::FullyEncoded);
}

} // namespace Takeout
