window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "11.41.0-release.0",
        "udid" : "7c3e19a04b6d82f1",
        "deviceType" : "Twitter for Android",
        "token" : "dK3pZr8TQh2w-Lx9_bNq7e:APA91bHq2mYcR7sVt0LwXe9KjF4uN1pBd6ZaQy3GtHs8oMfWv5rIkEn2CxDl7gTbUz0JhSaP4qYcV6mRiKo1eNwXd3LfBt9uGzHy8sQpMa2vCk5nTjOrEb",
        "updatedDate" : "2026.11.21",
        "createdDate" : "2025.03.08"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+38925550147",
        "carrier" : "mk.examplemobile",
        "deviceType" : "Auth",
        "updatedDate" : "2024.02.20",
        "createdDate" : "2019.05.11"
      }
    }
  }
]