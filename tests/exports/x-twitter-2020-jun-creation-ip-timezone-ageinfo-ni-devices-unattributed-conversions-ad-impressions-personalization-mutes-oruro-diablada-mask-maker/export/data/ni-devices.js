window.YTD.ni_devices.part0 = [ {
  "niDeviceResponse" : {
    "pushDevice" : {
      "deviceVersion" : "8.49.1-release.00",
      "udid" : "5b8e20c4d17fa93e",
      "deviceType" : "Twitter for Android",
      "token" : "fXq7Lm2dS0k:APA91bH3vQ9tYcR8wZ1pN6eJ4kU7aB2sD5fG8hK0lM3nP6qR9tV1wX4yZ7cE0iO3uT6rW9eQ2aS5dF8gH1jK4lZ7xC0vB3nM6",
      "updatedDate" : "2020.06.08",
      "createdDate" : "2019.10.27"
    }
  }
} ]