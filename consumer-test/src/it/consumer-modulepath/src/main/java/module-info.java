/** A user's application as a named module: it reads the SDK's modules by their names, nothing else. */
module com.example.receipts.modular {
  requires io.github.receiptbridge.core;
  requires io.github.receiptbridge.sandbox;
}
