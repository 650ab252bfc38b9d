// A local HTTP server on 127.0.0.1 for the tests: each test file starts its own on a
// free port and stops it. Routes answer with fixtures, redirects, errors, slow or huge
// bodies; every request is recorded (with its headers) for the tests to look at.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  url: string;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes[path];
    if (route) route(request, response);
    else {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body><h1>404</h1></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Route {
  return (_, response) => {
    response.writeHead(200, { 'content-type': contentType, ...headers });
    response.end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}
