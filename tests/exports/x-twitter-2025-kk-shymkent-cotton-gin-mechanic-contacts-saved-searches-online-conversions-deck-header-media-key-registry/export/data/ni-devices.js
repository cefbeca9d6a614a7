window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "10.72.0-release.0",
        "udid" : "8e31c0a95d4f27b6",
        "deviceType" : "Twitter for Android",
        "token" : "fT9kLm2QzR4:APA91bHq7Xv3Nw8Kd1LpZs5Ty0Uc6Ej2Ob9Ra4Mf7Gi1Wh3Qn8Vk5Xp2Cz6Bd0Ys4Lt7Jr9Fe1Hg3Ui5Oa8Pm2Nk6Dq0Sw4Vb7Xe1Zc3",
        "updatedDate" : "2025.09.03",
        "createdDate" : "2024.06.24"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+15550131",
        "carrier" : "kcell",
        "deviceType" : "Auth",
        "updatedDate" : "2024.06.24",
        "createdDate" : "2023.03.09"
      }
    }
  }
]