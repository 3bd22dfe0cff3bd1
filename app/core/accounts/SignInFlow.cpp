#include "SignInFlow.h"

#include "Accounts.h"
#include "net/HttpJob.h"
#include "services/AgentbotClient.h"
#include "services/AgentbotSession.h"

namespace Takeout {

SignInFlow::SignInFlow(const Accounts *accounts, CredentialStore *credentials)
    : m_accounts(accounts)
    , m_credentials(credentials)
{
}

void SignInFlow::check(const ServiceAccount &account, const QString &secret, QObject *context, Checked done) const
{
    if (account.service == Service::Agentbot) {
        const AgentbotSession session = AgentbotSession::fromUserText(secret);
        const Failure problem = session.problem();
        if (problem) {
            // Answered later like every other step, so that callers never see the callback run inside check().
            QMetaObject::invokeMethod(
                context, [problem, done = std::move(done)] { done(problem, {}); }, Qt::QueuedConnection);
            return;
        }
        HttpJob *job = m_accounts->agentbotClient(account.server, session).checkSession(context);
        QObject::connect(job, &HttpJob::finished, context, [job, done = std::move(done)] {
            Failure error = AgentbotClient::sessionCheckResult(*job);
            if (error.kind() == Failure::Kind::Unauthorized || error.kind() == Failure::Kind::Forbidden ||
                error.kind() == Failure::Kind::NotJson)
                error.setMessage(tr("Agentbot did not accept this sign-in. Sign in there again, then try again."));
            done(error, {});
        });
        job->start();
        return;
    }
    AgentListJob *job = m_accounts->xpanderClient(account.server, secret).listAgents(context);
    QObject::connect(job, &AgentListJob::finished, context, [job, done = std::move(done)] {
        Failure error = job->error();
        if (error.kind() == Failure::Kind::Unauthorized || error.kind() == Failure::Kind::Forbidden)
            error.setMessage(tr("xpander.ai did not accept this API key. Check that you copied all of it."));
        done(error, error ? QList<AgentSummary>() : job->agents());
    });
    job->start();
}

void SignInFlow::store(const ServiceAccount &account, const QString &secret, QObject *context, Done done) const
{
    m_credentials->save(account, secret, context, std::move(done));
}

void SignInFlow::checkAndStore(const ServiceAccount &account, const QString &secret, QObject *context,
                               Checked done) const
{
    // On a copy (two pointers): the caller's flow may be gone by the time the check answers.
    const SignInFlow flow = *this;
    check(account, secret, context,
          [flow, account, secret, context, done = std::move(done)](const Failure &error,
                                                                   const QList<AgentSummary> &agents) {
              if (error) {
                  done(error, {});
                  return;
              }
              flow.store(account, secret, context, [agents, done](const Failure &stored) {
                  done(stored, stored ? QList<AgentSummary>() : agents);
              });
          });
}

void SignInFlow::forget(const ServiceAccount &account, QObject *context, Done done) const
{
    m_credentials->remove(account, context, std::move(done));
}

void SignInFlow::restore(const ServiceAccount &account, QObject *context, Restored done) const
{
    m_credentials->load(account, context, std::move(done));
}

} // namespace Takeout
