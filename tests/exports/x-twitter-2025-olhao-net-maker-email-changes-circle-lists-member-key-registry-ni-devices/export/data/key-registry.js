window.YTD.key_registry.part0 = [
  {
    "registeredDevices" : {
      "deviceMetadataList" : [
        {
          "userAgent" : "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
          "registrationToken" : "3f9c1e7a0b5d42c8a6e1f0d97b2c4e85",
          "identityKey" : "BKq7Vd2mX9pLrT4wZ1yN8cF3hJ6sQ0aE5uG7iO2kM4nB9vC1xD3zR8tY6wP0qL5sH2jK7fA4gU9eI1oM3nV6bX8c=",
          "createdAt" : "2024-05-19T21:14:08.533Z",
          "deviceId" : "7e1b4c92-3d58-4f0a-9c26-b81e5a07d3f4"
        },
        {
          "userAgent" : "TwitterAndroid/10.41.0-release.0 (310410000-r-0) SM-A546B/14 (samsung;SM-A546B;samsung;a54x;0;;1;2015)",
          "registrationToken" : "c08d5a2e71f94b36a9e0d4c1f7b28a53",
          "identityKey" : "BD4xR7tK1mQ9wL3pV6zN0cY8hF2sJ5aG7uE4iT1oP9kB6nM3vC0xW8dZ2rL5yQ7tH1jS4fA9gK6eU3oI0mN8bV2cX5=",
          "createdAt" : "2024-06-02T07:41:55.019Z",
          "deviceId" : "a52f0c37-91e4-4b6d-8f13-2d7c6e49b0a8"
        }
      ]
    }
  }
]