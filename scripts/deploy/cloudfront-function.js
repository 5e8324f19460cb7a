// Culture First on S3 + CloudFront: a CloudFront Function (runtime cloudfront-js-2.0), attached as
// "Viewer request" to the cache behavior with the path pattern /intranet/culture*.
//
// Why: CloudFront reads a private bucket through its REST API (Origin Access Control), which knows
// nothing about index.html. The site's addresses are folders (/intranet/culture/playbook/trust/),
// so each one is mapped to the index.html in that folder, and a folder address without its
// trailing slash is redirected to the address with it, as nginx, Apache and IIS do.
//
// Change BASE to the value of BASE_PATH the site was built with (with both slashes).
// Not run by the tests; see scripts/deploy/s3-cloudfront.md and the checklist in DEPLOYING.md.

var BASE = '/intranet/culture/';

function redirect(location) {
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: location } },
  };
}

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri + '/' === BASE) return redirect(BASE);
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  // A last segment without a dot is a folder (the site's files all have an extension).
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) return redirect(uri + '/');
  return request;
}
