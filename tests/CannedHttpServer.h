#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// A loopback server that answers every request with the same raw bytes and then closes the connection:
// for answers the demo service does not give (a Content-Length it never keeps), and as a stand-in proxy
// that records who came to it.
class CannedHttpServer
{
public:
    explicit CannedHttpServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto request = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    const QByteArray bytes = socket->readAll();
                    m_received += bytes;
                    *request += bytes;
                    // The whole request, body included: closing on unread bytes would reset the connection.
                    const qsizetype headersEnd = request->indexOf("\r\n\r\n");
                    if (headersEnd < 0 || request->size() < headersEnd + 4 + contentLength(request->left(headersEnd)))
                        return;
                    request->clear();
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    // Everything every client sent, in the order it came.
    QByteArray received() const { return m_received; }

private:
    static qsizetype contentLength(const QByteArray &headers)
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return 0;
    }

    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_received;
    int m_connections = 0;
};
