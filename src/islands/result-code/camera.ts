// Loaded only when someone asks to scan, and only where the browser offers BarcodeDetector.

interface DetectedBarcode {
  readonly rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/**
 * Shows the camera in `video` and reports the text of every QR code it sees until `stop` is
 * called. The picture never leaves the browser: it is read frame by frame on this device.
 */
export async function scanQrCodes(video: HTMLVideoElement, found: (text: string) => void): Promise<() => void> {
  const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
  const detector = new Detector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  video.srcObject = stream;
  await video.play();
  let running = true;
  const tick = async () => {
    if (!running) return;
    try {
      for (const code of await detector.detect(video)) found(code.rawValue);
    } catch {
      // A frame that cannot be read yet (camera warming up) is skipped.
    }
    setTimeout(() => void tick(), 250);
  };
  void tick();
  return () => {
    running = false;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
}
