//! The server's connections, over real TCP: clients that send too slowly, or nothing, are
//! closed; a normal request is answered.

use crate::common::*;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// What the server sent until it closed the connection, and how long that took; None when it
/// was still open after `wait`.
async fn until_closed(c: &mut tokio::net::TcpStream, wait: Duration) -> Option<(String, Duration)> {
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let left = wait.checked_sub(start.elapsed())?;
        match tokio::time::timeout(left, c.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => {
                return Some((String::from_utf8_lossy(&got).into_owned(), start.elapsed()));
            }
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

#[tokio::test]
async fn slow_or_silent_clients_are_closed_after_the_timeouts() {
    let t = T::new("sqlite").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let timeouts = citydriver_web::Timeouts {
        header_read: Duration::from_millis(600),
        body_read: Duration::from_millis(600),
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(citydriver_web::serve_with(
        listener,
        t.state.clone(),
        async {
            let _ = stopped.await;
        },
        timeouts,
    ));
    let wait = Duration::from_secs(5);
    let open = || tokio::net::TcpStream::connect(addr);
    // Half a request's headers, then nothing.
    let mut partial = open().await.unwrap();
    partial
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: cd.test\r\n")
        .await
        .unwrap();
    // A whole request answered, then the connection kept alive with nothing more.
    let mut idle = open().await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: cd.test\r\n\r\n")
        .await
        .unwrap();
    // A body announced and never sent in full.
    let mut body = open().await.unwrap();
    body.write_all(
        format!(
            "POST /login HTTP/1.1\r\nHost: cd.test\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: cd_csrf={CSRF}\r\nContent-Length: 1000\r\n\r\ncsrf={CSRF}"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let (partial, idle, body) = tokio::join!(
        until_closed(&mut partial, wait),
        until_closed(&mut idle, wait),
        until_closed(&mut body, wait)
    );
    let (_, after) = partial.expect("half a request's headers: closed");
    assert!(after < Duration::from_secs(3), "{after:?}");
    let (answered, after) = idle.expect("an idle kept-alive connection: closed");
    assert!(
        answered.starts_with("HTTP/1.1 200") && after < Duration::from_secs(3),
        "{answered} after {after:?}"
    );
    let (answered, after) = body.expect("a body that never arrives: closed");
    assert!(
        !answered.contains(" 500 ") && after < Duration::from_secs(3),
        "{answered} after {after:?}"
    );
    // And a client that is on time is served.
    let mut quick = open().await.unwrap();
    quick
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: cd.test\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let (answered, _) = until_closed(&mut quick, wait).await.unwrap();
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
